package io.solrquotes.launcher;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/**
 * The launcher's {@code --bench-index}: the same articles indexed into the running Solr through the
 * update chain without the plugin and through the quotes chain, in turn, and the two throughputs
 * compared.
 *
 * <p>The plain chain is the shipped chain with {@code quotes.enabled=false} on every update request:
 * the quote processor's factory then hands the request straight to the next processor, so the chain
 * is the same minus extraction, with no second chain or core in the configset. Every pass starts from
 * an emptied index (delete all, commit, outside the timing) and sends the same articles, held in
 * memory, with the same batch size and sender threads; its time runs from the first article sent to
 * the return of the final commit. Warm-up rounds come first and are reported but not counted; the
 * measured rounds alternate the order of the chains (plain then quotes, quotes then plain, …) so that
 * a drift of the machine's speed does not favour one, and the summary gives each chain's median and
 * best round.
 */
final class IndexBench {

  /** What {@code --bench-index} compares. */
  enum Chain {
    PLAIN("plain"),
    QUOTES("quotes");

    final String label;

    Chain(String label) {
      this.label = label;
    }

    /** The request parameters that select the chain. */
    SolrParams params() {
      ModifiableSolrParams p = new ModifiableSolrParams();
      if (this == PLAIN) {
        p.set("quotes.enabled", "false");
      }
      return p;
    }
  }

  /**
   * One pass over the articles through one chain.
   *
   * @param name "warm-up 1", "round 2"
   * @param articles the articles Solr took
   * @param utf8Bytes their texts' size in UTF-8
   * @param seconds from the first article sent to the commit's return
   * @param commitSeconds of which the commit (Lucene writing the new segments)
   * @param cpuSeconds the CPU time this JVM (Solr, the senders, JIT and GC) took meanwhile, on all cores:
   *     steadier from run to run than the wall time on a busy machine
   * @param quotations the quotation and claim children the index holds after the pass
   */
  record Pass(
      String name, boolean warmUp, Chain chain, long articles, long utf8Bytes, double seconds, double commitSeconds,
      double cpuSeconds, long quotations) {

    double articlesPerSecond() {
      return articles / Math.max(seconds, 1e-9);
    }

    double megabytesPerSecond() {
      return utf8Bytes / 1e6 / Math.max(seconds, 1e-9);
    }
  }

  /** A chain's measured rounds: the median and the shortest wall time, the median CPU time, and the quotations of the last. */
  record Summary(
      Chain chain, int rounds, long articles, long utf8Bytes, double medianSeconds, double bestSeconds,
      double medianCpuSeconds, long quotations) {

    double articlesPerSecond() {
      return articles / Math.max(medianSeconds, 1e-9);
    }

    double megabytesPerSecond() {
      return utf8Bytes / 1e6 / Math.max(medianSeconds, 1e-9);
    }

    double bestArticlesPerSecond() {
      return articles / Math.max(bestSeconds, 1e-9);
    }
  }

  /** The share of the plain chain's throughput the issue asks the quotes chain to keep. */
  static final double TARGET = 0.40;

  private static final String PASS_HEADER =
      "  pass       chain    wall s  commit s   CPU s  articles/s    MB/s    children";
  private static final String SUMMARY_HEADER =
      "  chain   rounds  median wall s  articles/s    MB/s  best articles/s  median CPU s    children";

  private final SolrClient client;
  private final Report report;
  private final FieldMapper mapper;
  private final List<ArticleReader.Article> articles;
  private final long utf8Bytes;
  private final int batch;
  private final int threads;
  private final PrintStream out;
  private final PrintStream err;

  IndexBench(SolrClient client, FieldMapper mapper, List<ArticleReader.Article> articles, int batch, int threads,
      PrintStream out, PrintStream err) {
    this.client = client;
    this.report = new Report(client, out);
    this.mapper = mapper;
    this.articles = articles;
    this.batch = batch;
    this.threads = threads;
    this.out = out;
    this.err = err;
    long bytes = 0;
    for (ArticleReader.Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    this.utf8Bytes = bytes;
  }

  /** Runs the warm-up and measured rounds, printing each pass as it ends, then the summary. */
  List<Pass> run(String source, int warmUpRounds, int rounds) throws Exception {
    out.printf(Locale.ROOT, "%nIndexing benchmark: %d article%s (%.2f MB of text) from %s%n", articles.size(),
        articles.size() == 1 ? "" : "s", utf8Bytes / 1e6, source);
    out.printf(Locale.ROOT, "  chains: plain (quotes.enabled=false: the quotes chain without the plugin) and quotes%n");
    out.printf(Locale.ROOT, "  batches of %d, %d sender thread%s; %d warm-up round%s, then %d measured round%s of each chain,"
            + " an emptied index before each pass, the commit timed%n",
        batch, threads, threads == 1 ? "" : "s", warmUpRounds, warmUpRounds == 1 ? "" : "s", rounds, rounds == 1 ? "" : "s");
    out.printf(Locale.ROOT, "  JVM: %s %s, %d cores, %s%n%n", System.getProperty("java.vm.name"), Runtime.version(),
        Runtime.getRuntime().availableProcessors(), jvmFlags());
    out.println(PASS_HEADER);
    List<Pass> passes = new ArrayList<>();
    for (int r = 1; r <= warmUpRounds; r++) {
      for (Chain chain : List.of(Chain.PLAIN, Chain.QUOTES)) {
        passes.add(printed(pass("warm-up " + r, true, chain)));
      }
    }
    for (int r = 1; r <= rounds; r++) {
      List<Chain> order = r % 2 == 1 ? List.of(Chain.PLAIN, Chain.QUOTES) : List.of(Chain.QUOTES, Chain.PLAIN);
      for (Chain chain : order) {
        passes.add(printed(pass("round " + r, false, chain)));
      }
    }
    out.println();
    summaryLines(passes).forEach(out::println);
    return passes;
  }

  private Pass printed(Pass pass) {
    out.println(passLine(pass));
    return pass;
  }

  private Pass pass(String name, boolean warmUp, Chain chain) throws Exception {
    client.deleteByQuery("*:*");
    client.commit();
    System.gc(); // the launcher and Solr share this JVM: start each pass from a collected heap
    Indexer indexer =
        new Indexer(client, chain.params(), mapper, batch, threads, new ProgressBar(err, articles.size(), false, System::nanoTime));
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (ArticleReader.Article a : articles) {
      indexer.add(a);
    }
    indexer.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    if (!indexer.failures().isEmpty()) {
      Indexer.Failure f = indexer.failures().get(0);
      throw new LauncherException(String.format(Locale.ROOT,
          "%s, %s chain: Solr refused %d article%s, so the figures would not compare; the first: %s (%s): %s", name,
          chain.label, indexer.failures().size(), indexer.failures().size() == 1 ? "" : "s", f.id(), f.where(), f.reason()));
    }
    return new Pass(name, warmUp, chain, indexer.indexedIds().size(), utf8Bytes, seconds, indexer.commitSeconds(),
        cpuSeconds, children(report.totals()));
  }

  /** The quotation and claim children the index holds. */
  private static long children(long[] totals) {
    return totals[1] + totals[2];
  }

  /** CPU time of this process so far, all threads. */
  private static long processCpuNanos() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
  }

  static String passLine(Pass p) {
    return String.format(Locale.ROOT, "  %-10s %-6s %9.2f %9.2f %7.2f %11.1f %7.2f %11d", p.name(), p.chain().label,
        p.seconds(), p.commitSeconds(), p.cpuSeconds(), p.articlesPerSecond(), p.megabytesPerSecond(), p.quotations());
  }

  /** The measured rounds of {@code chain} (warm-ups left out), or null if there are none. */
  static Summary summarize(List<Pass> passes, Chain chain) {
    List<Pass> measured = passes.stream().filter(p -> !p.warmUp() && p.chain() == chain).toList();
    if (measured.isEmpty()) {
      return null;
    }
    List<Double> seconds = measured.stream().map(Pass::seconds).sorted(Comparator.naturalOrder()).toList();
    List<Double> cpu = measured.stream().map(Pass::cpuSeconds).sorted(Comparator.naturalOrder()).toList();
    Pass last = measured.get(measured.size() - 1);
    return new Summary(chain, measured.size(), last.articles(), last.utf8Bytes(), median(seconds), seconds.get(0),
        median(cpu), last.quotations());
  }

  /** The middle value of {@code sorted}, or the mean of the middle two. */
  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The table of both chains' medians and the ratio quotes / plain. */
  static List<String> summaryLines(List<Pass> passes) {
    Summary plain = summarize(passes, Chain.PLAIN);
    Summary quotes = summarize(passes, Chain.QUOTES);
    List<String> lines = new ArrayList<>();
    lines.add(SUMMARY_HEADER);
    for (Summary s : List.of(plain, quotes)) {
      lines.add(String.format(Locale.ROOT, "  %-7s %6d %14.2f %11.1f %7.2f %16.1f %13.2f %11d", s.chain().label,
          s.rounds(), s.medianSeconds(), s.articlesPerSecond(), s.megabytesPerSecond(), s.bestArticlesPerSecond(),
          s.medianCpuSeconds(), s.quotations()));
    }
    double median = quotes.articlesPerSecond() / plain.articlesPerSecond();
    double best = quotes.bestArticlesPerSecond() / plain.bestArticlesPerSecond();
    lines.add("");
    lines.add(String.format(Locale.ROOT, "quotes / plain: %.2f of the plain chain's throughput (median rounds; best rounds: %.2f);"
        + " the target is %.2f or more: %s", median, best, TARGET, median >= TARGET ? "met" : "not met"));
    return lines;
  }

  /** The options this JVM was started with that bear on speed (heap, JIT), or "default options". */
  private static String jvmFlags() {
    List<String> flags =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:"))
            .toList();
    return flags.isEmpty() ? "default options" : String.join(" ", flags);
  }
}
