package io.solrquotes.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The main job in one command: starts a real Solr (one node, or a SolrCloud with {@code --cloud N})
 * that loads the plugin from the jar in its home's {@code lib/}, as a user's Solr does; indexes
 * articles; prints the speakers with their quotations and curl queries; and serves until Ctrl-C.
 *
 * <p>It lives in the test sources because it needs solr-test-framework's JettySolrRunner and
 * ZkTestServer, and it must run on a class path without the plugin's classes (the launch profile of
 * the pom builds that class path), or Solr would load the plugin from there rather than from lib/.
 *
 * <p>Exit codes: 0 done, 1 an error (or, with {@code --no-serve}, an article Solr refused), 2 a usage
 * error, 130 stopped with Ctrl-C.
 */
@Command(
    name = "launch",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Starts a real Solr on localhost with the solr-quotes plugin loaded from the jar in its lib/ folder,"
          + " indexes articles, prints the speakers with their quotations and queries to try, and serves"
          + " until Ctrl-C.",
      "",
      "Run it through Maven, which builds the jar and the class path first:",
      "  mvn -q -B package -DskipTests -Plaunch -Dquotes.args=\"OPTIONS PATHS\"",
      ""
    },
    footer = {
      "",
      "Articles: a .txt file is one article (its first line the title, its name the id); a .jsonl file"
          + " holds one {\"id\", \"title\", \"text\", ...} article a line, other fields stored under the"
          + " schema's dynamic fields (category -> category_s); folders are read recursively.",
      "Indexing benchmark: --bench-index [FILE|FOLDER...] indexes the articles (default: " + QuotesLauncher.BENCH_CORPUS
          + ") through the chain without the plugin and through the quotes chain, in turn, and prints both"
          + " throughputs and their ratio; --warmup-rounds and --rounds set how many passes.",
      "Exit codes: 0 done, 1 error (with --no-serve also: an article Solr refused), 2 usage error,"
          + " 130 stopped with Ctrl-C."
    })
public final class QuotesLauncher implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FILE|FOLDER", description = "articles to index (default: seeds; with --bench-index: " + BENCH_CORPUS + ")")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8983", description = "Solr's port on localhost; with --cloud, node i takes PORT+i-1 (default: ${DEFAULT-VALUE})")
  private int port;

  @Option(names = "--cloud", paramLabel = "N", description = "start a SolrCloud of N nodes with an embedded ZooKeeper, collection quotes of 2 shards x 2 replicas; built afresh on every run")
  private Integer cloudNodes;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "target/solr-quotes-data", description = "where Solr's home, index and log live; a second run reuses the node's home and index (default: ${DEFAULT-VALUE})")
  private Path data;

  @Option(names = "--no-serve", description = "stop Solr and exit after the summary, instead of serving until Ctrl-C")
  private boolean noServe;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "speakers in the count list (default: ${DEFAULT-VALUE}); the first 10 are listed with 5 quotations each")
  private int top;

  @Option(names = "--all", description = "every speaker, each with every quotation")
  private boolean all;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "100", description = "articles per update request (default: ${DEFAULT-VALUE})")
  private int batch;

  @Option(names = "--threads", paramLabel = "N", description = "update requests at a time (default: the number of cores, at most 4)")
  private Integer threads;

  @Option(names = "--progress", description = "show the progress bar even when standard error is not a terminal")
  private boolean progress;

  @Option(names = "--jar", paramLabel = "JAR", description = "the plugin jar to put in lib/ (default: target/solr-quotes-*.jar, built by mvn package)")
  private Path jar;

  @Option(names = "--configset", paramLabel = "DIR", defaultValue = "solr-config", description = "the configset (default: ${DEFAULT-VALUE})")
  private Path configset;

  @Option(names = "--bench-index", description = "measure indexing instead: the articles through the update chain without the plugin (quotes.enabled=false) and through the quotes chain, in turn, each pass into an emptied index; prints both throughputs and their ratio, then stops Solr. The Solr home is bench/ in the --data folder, made afresh; the launcher's own index is left alone")
  private boolean benchIndex;

  @Option(names = "--warmup-rounds", paramLabel = "N", defaultValue = "1", description = "with --bench-index: rounds of both chains before measuring, not counted (default: ${DEFAULT-VALUE})")
  private int warmUpRounds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "with --bench-index: measured rounds of each chain; the summary gives the median and the best (default: ${DEFAULT-VALUE})")
  private int rounds;

  @Option(names = "--bench-page", paramLabel = "ROUNDS", arity = "0..1", fallbackValue = "20", description = "after indexing, time the quote search page in headless Chromium (Debian's chromium and chromium-driver): ROUNDS page loads, each followed by a click on a speaker in its facet (default: 20)")
  private Integer benchPageRounds;

  @Option(names = "--screenshot", paramLabel = "PNG", description = "with --bench-page: save the page's first view to this file")
  private Path screenshot;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  private boolean help;

  private static final int SPEAKERS_LISTED = 10;
  private static final int QUOTES_PER_SPEAKER = 5;
  /** "More than a few" articles: the progress bar is drawn from this many on. */
  private static final int PROGRESS_FROM = 10;
  /** What --bench-index indexes when no path is given: the BBC corpus of docs/performance.md. */
  static final String BENCH_CORPUS = "../shared/eval-data/news-corpus.jsonl";

  private final PrintStream out;
  private final PrintStream err;
  private final boolean errIsTerminal;
  private volatile RunningSolr solr;
  private volatile boolean stopping;

  private QuotesLauncher(PrintStream out, PrintStream err, boolean errIsTerminal) {
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
  }

  public static void main(String[] args) {
    // before any Solr class logs: Solr's log goes to a file under --data, not to the terminal
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "io/solrquotes/launcher/log4j2-launcher.xml");
    }
    JulToLog4j.install();
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    QuotesLauncher launcher = new QuotesLauncher(out, err, stderrIsTerminal());
    CommandLine cmd =
        new CommandLine(launcher)
            .setOut(new java.io.PrintWriter(out, true))
            .setErr(new java.io.PrintWriter(err, true))
            .setExecutionExceptionHandler(
                (e, c, parsed) -> {
                  if (launcher.stopping) {
                    return 130; // Ctrl-C while indexing: the requests fail because Solr is stopping, as asked
                  }
                  if (e instanceof LauncherException) {
                    err.println("launch: " + e.getMessage());
                  } else {
                    err.println("launch: unexpected error: " + e);
                    e.printStackTrace(err);
                  }
                  return 1;
                });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    RunningSolr.checkPluginIsNotOnTheClassPath();
    validate();
    Path pluginJar = findJar();
    if (!Files.isRegularFile(configset.resolve("solrconfig.xml"))) {
      throw new LauncherException("no configset at " + configset + " (it needs solrconfig.xml); name one with --configset");
    }

    if (paths.isEmpty()) {
      paths.add(Path.of(benchIndex ? BENCH_CORPUS : "seeds"));
    }
    // the articles first, all of them: a bad file or line stops the run before Solr starts
    List<Path> files = ArticleReader.files(paths);
    List<ArticleReader.Article> inMemory = new ArrayList<>(); // --bench-index sends them again and again
    if (benchIndex) {
      ArticleReader.read(files, inMemory::add);
    }
    long total = benchIndex ? inMemory.size() : ArticleReader.check(files);
    if (total == 0) {
      throw new LauncherException("no articles (.txt or .jsonl) in " + describe(paths));
    }
    int nodes = cloudNodes == null ? 0 : cloudNodes;
    for (int i = 0; i < Math.max(1, nodes); i++) {
      if (!RunningSolr.portIsFree(port + i)) {
        throw RunningSolr.portInUse(port + i, nodes > 0 ? " (node " + (i + 1) + " of " + nodes + ")" : "", Math.max(1, nodes));
      }
    }

    Path logDir = data.resolve("logs");
    Files.createDirectories(logDir);
    System.setProperty("solr.log.dir", logDir.toAbsolutePath().toString());
    // the cores' QUOTES.extraction counters (README) in cloud mode too
    System.setProperty("metricsEnabled", "true");
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnExit, "stop-solr"));

    out.printf(Locale.ROOT, "Starting %s on port %d with the plugin in lib/ (Solr log: %s)%n",
        nodes > 0 ? "a " + nodes + "-node SolrCloud" : "a Solr node", port, logDir.resolve("solr.log"));
    long t0 = System.nanoTime();
    if (nodes > 0) {
      solr = CloudSolr.start(data, pluginJar, configset, port, nodes);
      out.printf(Locale.ROOT, "  ZooKeeper %s; collection %s (%d shards x %d replicas), configset uploaded from %s;%n"
          + "  a fresh cluster: cloud mode keeps no data between runs%n",
          ((CloudSolr) solr).zkAddress(), RunningSolr.COLLECTION, CloudSolr.SHARDS, CloudSolr.REPLICAS, configset);
    } else {
      StandaloneSolr.Home home =
          benchIndex
              ? StandaloneSolr.prepare(data.resolve("bench"), pluginJar, configset, true)
              : StandaloneSolr.prepare(data, pluginJar, configset);
      solr = StandaloneSolr.start(home, port);
      out.printf(Locale.ROOT, "  Solr home %s, core %s: %s%n", home.dir(), RunningSolr.COLLECTION,
          benchIndex ? "new for the benchmark, conf/ copied from " + configset
              : home.reused() ? "reused from an earlier run, with its index" : "new, conf/ copied from " + configset);
      if (home.confDiffers()) {
        out.printf(Locale.ROOT, "  note: %s has changed since the core was made; the core keeps its conf/ (delete %s to start afresh)%n",
            configset, home.dir());
      }
    }
    Set<Path> loadedFrom = solr.pluginLocations();
    out.printf(Locale.ROOT, "  Solr %s started in %.1f s; the plugin was loaded from %s%n",
        org.apache.solr.client.api.util.SolrVersion.LATEST_STRING, seconds(t0),
        loadedFrom.isEmpty() ? "nowhere (?)" : String.join(", ", loadedFrom.stream().map(Path::toString).toList()));

    int senders = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
    if (benchIndex) {
      new IndexBench(solr.client(), new FieldMapper(dynamicFields()), inMemory, batch, senders, out, err)
          .run(describe(paths), warmUpRounds, rounds);
      solr.close();
      out.printf(Locale.ROOT, "%nSolr stopped (--bench-index). %.1f s in all.%n", seconds(started));
      return 0;
    }

    Report report = new Report(solr.client(), out);
    long before = report.totals()[0];
    if (before > 0) {
      out.printf(Locale.ROOT, "  the index holds %d article%s already; re-indexed articles replace theirs%n", before, before == 1 ? "" : "s");
    }

    // index
    out.printf(Locale.ROOT, "%nIndexing %d article%s from %s%n", total, total == 1 ? "" : "s", describe(paths));
    FieldMapper mapper = new FieldMapper(dynamicFields());
    ProgressBar bar = new ProgressBar(err, total, total >= PROGRESS_FROM && (errIsTerminal || progress), System::nanoTime);
    Indexer indexer = new Indexer(solr.client(), mapper, batch, senders, bar);
    long t1 = System.nanoTime();
    ArticleReader.read(files, indexer::add);
    indexer.finish();
    bar.update(total);
    bar.clear();
    double elapsed = seconds(t1);
    long indexed = indexer.indexedIds().size();
    long[] found = report.quotationsOf(indexer.indexedIds());
    out.printf(Locale.ROOT, "Indexed %d article%s in %.1f s (%.1f articles/s): %d quotation%s and %d claim%s found, %d failed%n",
        indexed, indexed == 1 ? "" : "s", elapsed, indexed / Math.max(elapsed, 1e-9), found[0], found[0] == 1 ? "" : "s",
        found[1], found[1] == 1 ? "" : "s", indexer.failures().size());
    for (Indexer.Failure f : indexer.failures()) {
      out.printf(Locale.ROOT, "  failed: %s (%s): %s%n", f.id(), f.where(), f.reason());
    }
    mapper.leftOut().forEach((field, why) -> out.printf(Locale.ROOT, "  field %s left out: %s%n", field, why));
    long[] totals = report.totals();
    out.printf(Locale.ROOT, "The collection %s holds %d article%s, %d quotation%s and %d claim%s.%n%n", RunningSolr.COLLECTION,
        totals[0], totals[0] == 1 ? "" : "s", totals[1], totals[1] == 1 ? "" : "s", totals[2], totals[2] == 1 ? "" : "s");

    // what the user came for
    Report.Speakers speakers = report.speakers(all ? -1 : top);
    report.printSpeakers(speakers);
    List<Report.Speaker> listed = all ? speakers.top() : speakers.top().subList(0, Math.min(SPEAKERS_LISTED, speakers.top().size()));
    report.printQuotations(listed, all ? -1 : QUOTES_PER_SPEAKER);
    out.println();
    report.printCurl(solr.port(), speakers);
    out.println();
    if (benchPageRounds != null) {
      new PageBench(out).run(pageAddress(), benchPageRounds, screenshot);
      out.println();
    }

    int code = indexer.failures().isEmpty() ? 0 : 1;
    if (noServe) {
      solr.close();
      out.printf(Locale.ROOT, "Solr stopped (--no-serve). %.1f s in all.%n", seconds(started));
      return code;
    }
    out.printf(Locale.ROOT, "Quote search page: %s%n", pageAddress());
    out.printf(Locale.ROOT, "Solr is serving at http://localhost:%d/solr/. Press Ctrl-C to stop it.%n", solr.port());
    new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops Solr
    return code;
  }

  /** The address of the quote search page of the running Solr. */
  private String pageAddress() {
    return String.format(Locale.ROOT, "http://localhost:%d/solr/%s/browse", solr.port(), RunningSolr.COLLECTION);
  }

  /** The shutdown hook: Ctrl-C (or the end of a run) stops Solr cleanly. */
  private void stopOnExit() {
    RunningSolr s = solr;
    stopping = true;
    if (s == null || s.isClosed()) {
      return;
    }
    try {
      err.println();
      err.println("Stopping Solr ...");
      s.close();
      err.println("Solr stopped.");
    } catch (Exception e) {
      err.println("launch: stopping Solr: " + e);
    }
  }

  private void validate() {
    CommandLine.Model.CommandSpec spec = new CommandLine(this).getCommandSpec();
    int nodes = cloudNodes == null ? 1 : cloudNodes;
    if (cloudNodes != null && (cloudNodes < 1 || cloudNodes > 9)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--cloud takes 1 to 9 nodes, not " + cloudNodes);
    }
    if (port < 1 || port + nodes - 1 > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port " + port + " is not a port");
    }
    if (batch < 1 || top < 1 || (threads != null && threads < 1) || rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--batch, --threads, --top and --rounds take a positive number");
    }
    if (warmUpRounds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--warmup-rounds takes 0 or more");
    }
    if (benchPageRounds != null && benchPageRounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bench-page takes a positive number of rounds");
    }
    if (screenshot != null && benchPageRounds == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--screenshot goes with --bench-page");
    }
  }

  private Path findJar() throws LauncherException {
    String build = "; build it first with `mvn -q -B package -DskipTests` (the launch profile does it: mvn -q -B package -DskipTests -Plaunch)";
    if (jar != null) {
      if (!Files.isRegularFile(jar)) {
        throw new LauncherException("no plugin jar at " + jar + build);
      }
      return jar;
    }
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      try (Stream<Path> list = Files.list(target)) {
        Path found =
            list.filter(p -> p.getFileName().toString().matches("solr-quotes-.*\\.jar"))
                .max(Comparator.comparing(p -> p.toFile().lastModified()))
                .orElse(null);
        if (found != null) {
          return found;
        }
      } catch (IOException e) {
        throw new LauncherException("cannot list " + target + ": " + e.getMessage(), e);
      }
    }
    throw new LauncherException("no plugin jar target/solr-quotes-*.jar" + build);
  }

  private List<String> dynamicFields() throws Exception {
    List<String> names = new ArrayList<>();
    for (var f : new org.apache.solr.client.solrj.request.schema.SchemaRequest.DynamicFields().process(solr.client()).getDynamicFields()) {
      names.add(String.valueOf(f.get("name")));
    }
    return names;
  }

  private static String describe(List<Path> paths) {
    return String.join(", ", paths.stream().map(Path::toString).toList());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Whether standard error is a terminal, which Java 17 cannot ask directly (Linux: /proc). */
  private static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return System.console() != null;
  }
}
