package io.solrquotes.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher as users start it: in a JVM of its own, on the class path the pom's launch profile
 * builds (Solr, SolrJ and the test framework, none of the plugin), with the jar the shade plugin made.
 * Run by failsafe in verify, after package. Each run uses a free port and its own --data folder under
 * target/launcher-it, left there for a look after the run.
 */
class QuotesLauncherIT {

  private static final String SEED_ID = "000_1d531dcee2f71fe6";
  private static Path dir;

  @BeforeAll
  static void clean() throws IOException {
    dir = Path.of(property("launcher.dir"));
    RunningSolr.deleteTree(dir);
    Files.createDirectories(dir);
  }

  /** (a) The seed on one node: the speakers, their quotations, the curl lines; a second run reuses it. */
  @Test
  void seedOnOneNodeAndASecondRunReusesIt() throws Exception {
    int port = freePorts(1);
    Path data = dir.resolve("seed");
    Run r = launch(data, "--port", String.valueOf(port), "--no-serve");

    assertEquals(0, r.exit, r.all());
    assertTrue(r.out.contains("core quotes: new, conf/ copied from solr-config"), r.out);
    // Solr took the plugin from the jar in its home's lib/, the only copy it could find
    assertTrue(r.out.contains("the plugin was loaded from " + data.resolve("standalone/lib/solr-quotes-").toAbsolutePath()), r.out);
    assertTrue(r.out.contains("Indexed 1 article in "), r.out);
    assertTrue(r.out.contains("5 quotations and 20 claims found, 0 failed"), r.out);
    // the speaker list: distinct quotations and claims per speaker, claims on in the shipped configset
    assertTrue(r.out.contains("Speakers (all of 6 speakers; 5 quotations and 20 claims in all):\n"
        + "  quotations  claims  speaker\n"
        + "           4      10  Zelensky\n"
        + "           1       2  Donald Trump\n"
        + "           0       3  Kremlin\n"), r.out);
    assertTrue(r.out.contains("           0       1  JD Vance\n"), r.out);
    assertTrue(r.out.contains("\nZelensky (4 quotations, 10 claims)\n  called: \"stand more firmly on Ukraine's side\"\n      in: During a diplomatic visit"), r.out);
    assertTrue(r.out.contains("\nDonald Trump (1 quotation, 2 claims)\n  remarked: \"overplayed his hand\" (x2)\n"), r.out);
    assertTrue(r.out.contains("  claim, told: to secure a deal with Russia to avoid further US withdrawal from Ukraine\n"), r.out);
    // the README's queries against this node
    String select = "  curl -G 'http://localhost:" + port + "/solr/quotes/select'";
    assertEquals(8, r.out.lines().filter(l -> l.equals(select + " \\")).count(), r.out);
    assertTrue(r.out.contains("--data-urlencode 'q=speaker:\"Zelensky\"'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'q=quote:(ukraine OR dialogue)'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'json.facet={speakers:{type:terms,field:speaker}}'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'q={!parent which=\"doc_type:article\"}speaker:\"Zelensky\"'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'fl=id,title,quote_count,quotes,quote,speaker,cue,[child childFilter=doc_type:quote]'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'fq=doc_type:claim'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'fq=doc_type:quote'"), r.out);
    assertTrue(r.out.contains("--data-urlencode 'json.facet={kinds:{type:terms,field:kind}}'"), r.out);
    assertTrue(r.out.contains("Solr stopped (--no-serve)."), r.out);
    assertFalse(r.err.contains("Exception"), r.err);

    // again, on the same data: the core and its index are reused, and nothing is doubled; this time
    // the quote search page is timed in the browser, and its first view saved
    Path png = dir.resolve("seed-page.png");
    Run again = launch(data, "--port", String.valueOf(port), "--no-serve", "--bench-page", "2", "--screenshot", png.toString());
    assertEquals(0, again.exit, again.all());
    assertTrue(again.out.contains("The quote search page in headless Chromium, 2 rounds after 3 of warm-up:\n  page loaded      median "), again.out);
    assertTrue(again.out.contains("\n  speaker clicked  median "), again.out);
    assertTrue(Files.size(png) > 10_000, "a screenshot in " + png);
    assertTrue(again.out.contains("core quotes: reused from an earlier run, with its index"), again.out);
    assertTrue(again.out.contains("the index holds 1 article already"), again.out);
    assertTrue(again.out.contains("The collection quotes holds 1 article, 5 quotations and 20 claims."), again.out);
    assertTrue(again.out.contains("           4      10  Zelensky\n           1       2  Donald Trump\n"), again.out);
  }

  /**
   * (b) A folder of our own articles, .txt and .jsonl, while Solr serves: the JSON fields on the schema's
   * dynamic fields, an article Solr refuses reported with its reason while the others go in, and
   * Ctrl-C stopping Solr cleanly.
   */
  @Test
  void ourOwnArticlesWhileServingUntilCtrlC() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles/more"));
    Files.writeString(
        dir.resolve("articles/bridge.txt"),
        "Bridge by the end of 2026\n\"We will finish the bridge before the end of 2026,\" Mayor Ana Torres said on"
            + " Monday. The project in Riverton has been delayed twice.\n",
        UTF_8);
    Path city = articles.resolve("city.jsonl");
    Files.writeString(
        city,
        String.join(
            "\n",
            "{\"id\": \"harbour-1\", \"title\": \"Harbour works start in May\", \"text\": \"\\\"Work on the harbour starts in"
                + " May,\\\" Governor Linda Marsh said. Professor Helen Brandt was not convinced. \\\"The harbour will cost"
                + " twice what Eastport was promised,\\\" Helen Brandt said. \\\"We have heard these promises since"
                + " 2019,\\\" Brandt added.\", \"category\": \"city\", \"pages\": 3, \"date\": \"2025-05-01T00:00:00Z\","
                + " \"tags\": [\"harbour\", \"budget\"]}",
            "",
            "{\"id\": 42, \"title\": \"Taxes\", \"text\": \"\\\"Taxes will not rise this year,\\\" Senator Paul Okafor told"
                + " reporters.\"}",
            "{\"id\": \"bad-date\", \"title\": \"Refused\", \"text\": \"\\\"This never gets in,\\\" Judge Clara Novak said.\","
                + " \"date\": \"yesterday\"}",
            "{\"title\": \"No id here\", \"text\": \"\\\"The tunnel opens in June,\\\" Commissioner Omar Haddad said.\"}",
            ""),
        UTF_8);
    int port = freePorts(1);
    Process p = start(dir.resolve("articles-data"), "--port", String.valueOf(port), dir.resolve("articles").toString());
    Path out = dir.resolve("articles-data.out");
    try {
      String shown = awaitLine(p, out, "Press Ctrl-C to stop it.");
      assertTrue(shown.contains("Indexed 4 articles in "), shown);
      assertTrue(shown.contains("6 quotations and 0 claims found, 1 failed"), shown);
      assertTrue(
          shown.contains("  failed: bad-date (" + city + ", line 4): ERROR: [doc=bad-date] Error adding field 'date'='yesterday'"),
          shown);
      assertTrue(shown.contains("           2       0  Helen Brandt\n           1       0  Ana Torres\n           1       0  Linda Marsh\n"
          + "           1       0  Omar Haddad\n           1       0  Paul Okafor\n"), shown);
      assertTrue(shown.contains("\nPaul Okafor (1 quotation, 0 claims)\n  told: \"Taxes will not rise this year,\"\n      in: Taxes\n"), shown);

      // the address it prints answers the quote search page
      String address = "http://localhost:" + port + "/solr/quotes/browse";
      assertTrue(shown.contains("\nQuote search page: " + address + "\n"), shown);
      HttpResponse<String> page =
          HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(page.body().startsWith("<!DOCTYPE html>") && page.body().contains("<title>Quote search</title>"), page.body());

      // Solr serves the README's queries; the JSON fields are on the schema's dynamic fields
      String harbour = get(port, "q=id:harbour-1&fl=id,category_s,pages_i,tags_ss,date,quote_count");
      assertTrue(harbour.contains("\"category_s\":\"city\""), harbour);
      assertTrue(harbour.contains("\"pages_i\":3"), harbour);
      assertTrue(harbour.contains("\"tags_ss\":[\"harbour\",\"budget\"]"), harbour);
      assertTrue(harbour.contains("\"date\":\"2025-05-01T00:00:00Z\""), harbour);
      assertTrue(harbour.contains("\"quote_count\":3"), harbour);
      // a number id as text; a line without an id gets <file name>-<line>
      assertTrue(get(port, "q=id:(42%20OR%20city-5)&rows=0").contains("\"numFound\":2"));
      assertTrue(get(port, "q=id:bad-date&rows=0").contains("\"numFound\":0"));
      String parents = get(port, "q=" + URLEncoder.encode("{!parent which=\"doc_type:article\"}speaker:\"Helen Brandt\"", UTF_8) + "&fl=id");
      assertTrue(parents.contains("\"numFound\":1") && parents.contains("harbour-1"), parents);

      // a second launcher on the same data, while this one serves it: refused, before it touches anything
      Run second = launch(dir.resolve("articles-data"), "--no-serve", "--port", String.valueOf(freePorts(1)));
      assertEquals(1, second.exit, second.all());
      assertTrue(second.err.startsWith("launch: the Solr home " + dir.resolve("articles-data/standalone") + " is in use"), second.err);
    } finally {
      interrupt(p);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher stopped");
    String err = Files.readString(dir.resolve("articles-data.err"), UTF_8);
    // 130: SIGINT; 143: SIGTERM where this JVM was started with SIGINT ignored (see interrupt)
    assertTrue(p.exitValue() == 130 || p.exitValue() == 143, "exit " + p.exitValue() + "\n" + err);
    assertTrue(err.contains("Stopping Solr ...\nSolr stopped.\n"), err);
    assertTrue(RunningSolr.portIsFree(port), "Solr let go of port " + port);
  }

  /** (b) A malformed .jsonl line stops the run before Solr starts, naming the file and the line. */
  @Test
  void aMalformedLineNamesFileAndLine() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("malformed")).resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"broken\", \"text\": \"no end}\n", UTF_8);
    Run r = launch(dir.resolve("malformed-data"), "--port", String.valueOf(freePorts(1)), "--no-serve", bad.toString());
    assertEquals(1, r.exit, r.all());
    assertTrue(r.err.startsWith("launch: " + bad + ", line 2: not valid JSON"), r.err);
    assertFalse(r.out.contains("Starting"), r.out);

    Path noText = bad.resolveSibling("no-text.jsonl");
    Files.writeString(noText, "\n\n{\"id\": 7, \"text\": null}\n", UTF_8);
    r = launch(dir.resolve("malformed-data"), "--no-serve", noText.toString());
    assertEquals(1, r.exit, r.all());
    assertEquals("launch: " + noText + ", line 3: \"text\" is not a string but null\n", r.err);
  }

  /** Clear errors, before Solr starts: a missing file, a busy port, a missing jar, bad usage. */
  @Test
  void clearErrorsWithANonZeroExit() throws Exception {
    Path data = dir.resolve("errors-data");
    Run missing = launch(data, "--no-serve", "seeds", "no/such/articles.jsonl");
    assertEquals(1, missing.exit, missing.all());
    assertEquals("launch: no such file or folder: no/such/articles.jsonl\n", missing.err);

    int port = freePorts(1);
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      Run r = launch(data, "--no-serve", "--port", String.valueOf(port));
      assertEquals(1, r.exit, r.all());
      assertTrue(r.err.startsWith("launch: port " + port + " is already in use (another Solr?); choose another with --port"), r.err);
    }

    List<String> noJar = new ArrayList<>(command("--no-serve"));
    noJar.set(noJar.indexOf("--jar") + 1, dir.resolve("missing.jar").toString());
    Run r = run(noJar, data);
    assertEquals(1, r.exit, r.all());
    assertTrue(r.err.startsWith("launch: no plugin jar at " + dir.resolve("missing.jar") + "; build it first with `mvn -q -B package -DskipTests`"), r.err);

    Run usage = launch(data, "--cloud", "0");
    assertEquals(2, usage.exit, usage.all());
    assertTrue(usage.err.startsWith("--cloud takes 1 to 9 nodes, not 0"), usage.err);

    Run screenshotAlone = launch(data, "--no-serve", "--screenshot", dir.resolve("page.png").toString());
    assertEquals(2, screenshotAlone.exit, screenshotAlone.all());
    assertTrue(screenshotAlone.err.startsWith("--screenshot goes with --bench-page"), screenshotAlone.err);

    Run help = launch(data, "--help");
    assertEquals(0, help.exit, help.all());
    assertTrue(help.out.contains("mvn -q -B package -DskipTests -Plaunch"), help.out);
    assertFalse(Files.exists(data.resolve("standalone")), "no Solr home made for runs that stopped early");
  }

  /** The plugin's classes on the launcher's class path would be loaded from there: it refuses to start. */
  @Test
  void refusesToRunWithThePluginOnItsClassPath() throws Exception {
    // here, on failsafe's class path, neither the plugin nor its OpenNLP can be loaded
    assertThrows(ClassNotFoundException.class, () -> Class.forName(RunningSolr.FACTORY));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("opennlp.tools.postag.POSModel"));
    RunningSolr.checkPluginIsNotOnTheClassPath();

    List<String> cmd = command("--no-serve");
    int cp = cmd.indexOf("-cp") + 1;
    cmd.set(cp, Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator + cmd.get(cp));
    Run r = run(cmd, dir.resolve("classpath-data"));
    assertEquals(1, r.exit, r.all());
    assertTrue(
        r.err.startsWith(
            "launch: io.solrquotes.solr.QuoteExtractionUpdateProcessorFactory is on the launcher's class path (file:"),
        r.err);
  }

  /** (c) The seed in a 2-node SolrCloud: collection quotes, 2 shards x 2 replicas, the jar in each node's lib/. */
  @Test
  void seedInATwoNodeCloud() throws Exception {
    int port = freePorts(2);
    Path data = dir.resolve("cloud");
    Run r = launch(data, "--cloud", "2", "--port", String.valueOf(port), "--no-serve", "--bench-page", "1");
    assertEquals(0, r.exit, r.all());
    // the quote search page in the cloud: its facets count across both shards
    assertTrue(r.out.contains("  its speaker facet begins: Zelensky 14, Donald Trump 3, Kremlin 3\n"), r.out);
    assertTrue(r.out.startsWith("Starting a 2-node SolrCloud on port " + port), r.out);
    assertTrue(r.out.contains("collection quotes (2 shards x 2 replicas)"), r.out);
    Path cloud = data.resolve("cloud").toAbsolutePath();
    assertTrue(
        r.out.contains("the plugin was loaded from " + cloud.resolve("node1/lib/solr-quotes-"))
            && r.out.contains(", " + cloud.resolve("node2/lib/solr-quotes-")),
        r.out);
    assertTrue(r.out.contains("5 quotations and 20 claims found, 0 failed"), r.out);
    assertTrue(r.out.contains("Speakers (all of 6 speakers; 5 quotations and 20 claims in all):\n  quotations  claims  speaker\n"
        + "           4      10  Zelensky\n           1       2  Donald Trump\n"), r.out);
    assertTrue(r.out.contains("  curl -G 'http://localhost:" + port + "/solr/quotes/select' \\"), r.out);
  }

  /**
   * --bench-index: the articles through both chains, warm-up and measured rounds, each pass into an
   * emptied index of its own Solr home; the launcher's index is left alone. No timing is checked.
   */
  @Test
  void benchIndexComparesTheTwoChains() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("bench-articles")).resolve("three.jsonl");
    Files.writeString(
        corpus,
        String.join(
            "\n",
            "{\"id\": \"b1\", \"text\": \"\\\"We will finish the bridge by spring,\\\" Mayor Ana Torres said on Monday.\"}",
            "{\"id\": \"b2\", \"text\": \"Rain is expected across the north on Friday.\"}",
            "{\"id\": \"b3\", \"text\": \"\\\"Nobody here wants a strike,\\\" said Paul Grant, who leads the union.\"}",
            ""),
        UTF_8);
    Path data = dir.resolve("bench-data");
    Run r = launch(data, "--port", String.valueOf(freePorts(1)), "--bench-index", "--warmup-rounds", "1", "--rounds", "2",
        "--batch", "2", "--threads", "1", corpus.toString());

    assertEquals(0, r.exit, r.all());
    assertTrue(r.out.contains("Solr home " + data.resolve("bench") + ", core quotes: new for the benchmark"), r.out);
    assertTrue(r.out.contains("Indexing benchmark: 3 articles (0.00 MB of text) from " + corpus), r.out);
    assertTrue(r.out.contains("batches of 2, 1 sender thread; 1 warm-up round, then 2 measured rounds of each chain"), r.out);
    // the passes, in order, each with the quotations the index holds after it
    List<String> passes =
        r.out.lines().filter(l -> l.matches("  (warm-up|round) \\d+ +(plain|quotes) .*")).map(l -> {
          String[] cells = l.strip().split(" +");
          return cells[0] + " " + cells[1] + " " + cells[2] + " " + cells[cells.length - 1];
        }).toList();
    assertEquals(
        List.of("warm-up 1 plain 0", "warm-up 1 quotes 2", "round 1 plain 0", "round 1 quotes 2", "round 2 quotes 2",
            "round 2 plain 0"),
        passes, r.out);
    // median wall s, articles/s, MB/s, best articles/s, median CPU s, quotations
    assertTrue(r.out.matches("(?s).*\n  plain        2 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +0\n.*"), r.out);
    assertTrue(r.out.matches("(?s).*\n  quotes       2 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +2\n.*"), r.out);
    assertTrue(r.out.matches("(?s).*\nquotes / plain: [0-9.]+ of the plain chain's throughput .*"), r.out);
    assertTrue(r.out.contains("Solr stopped (--bench-index)."), r.out);
    assertFalse(Files.exists(data.resolve("standalone")), "the launcher's own Solr home is not made or touched");

    Run usage = launch(data, "--bench-index", "--rounds", "0");
    assertEquals(2, usage.exit, usage.all());
    assertTrue(usage.err.startsWith("--batch, --threads, --top and --rounds take a positive number"), usage.err);
  }

  // ---------------------------------------------------------------------------------------------

  private record Run(int exit, String out, String err) {
    String all() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private static List<String> command(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-XX:TieredStopAtLevel=1"); // as the launch profile starts it
    cmd.add("-cp");
    cmd.add(property("launcher.classpath"));
    cmd.add("io.solrquotes.launcher.QuotesLauncher"); // its class needs picocli, not on this class path
    cmd.add("--jar");
    cmd.add(property("quotes.jar"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static Run launch(Path data, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--data", data.toString()));
    all.addAll(List.of(args));
    return run(command(all.toArray(String[]::new)), data);
  }

  private static Run run(List<String> cmd, Path data) throws Exception {
    Path out = Files.createTempFile(dir, data.getFileName().toString(), ".out");
    Path err = Path.of(out.toString().replaceFirst("\\.out$", ".err"));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("the launcher did not finish in 3 minutes: " + String.join(" ", cmd));
    }
    return new Run(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  /** Starts a launcher that serves, its output in {@code <data>.out} and {@code .err}. */
  private static Process start(Path data, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("--data", data.toString()));
    all.addAll(List.of(args));
    Path out = Path.of(data + ".out");
    Path err = Path.of(data + ".err");
    Process p = new ProcessBuilder(command(all.toArray(String[]::new))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    return p;
  }

  /** Waits for a line in the output; the output so far. */
  private static String awaitLine(Process p, Path out, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      String shown = Files.readString(out, UTF_8);
      if (shown.contains(text)) {
        return shown;
      }
      if (!p.isAlive()) {
        fail("the launcher ended (exit " + p.exitValue() + ") before printing '" + text + "':\n" + shown + "\n"
            + Files.readString(Path.of(out.toString().replaceFirst("\\.out$", ".err")), UTF_8));
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    fail("no '" + text + "' within 2 minutes:\n" + Files.readString(out, UTF_8));
    return null;
  }

  /**
   * Ctrl-C: SIGINT, as a terminal sends it. A JVM started with SIGINT ignored (a background job of a
   * shell without job control, as CI may start the build) cannot be given it; SIGTERM then takes the
   * same way out, through the launcher's shutdown hook.
   */
  private static void interrupt(Process p) throws Exception {
    if (!p.isAlive()) {
      return;
    }
    boolean intIgnored = false;
    for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
      if (line.startsWith("SigIgn:")) {
        intIgnored = (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0;
      }
    }
    String signal = intIgnored ? "-TERM" : "-INT";
    System.out.println("QuotesLauncherIT: kill " + signal + " " + p.pid() + (intIgnored ? " (SIGINT is ignored in this JVM)" : ""));
    Process kill = new ProcessBuilder("kill", signal, String.valueOf(p.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill");
  }

  private static String get(int port, String query) throws Exception {
    HttpResponse<String> rsp =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/solr/quotes/select?" + query))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, rsp.statusCode(), rsp.body());
    return rsp.body();
  }

  /** The first of {@code n} consecutive free ports on the loopback address. */
  private static int freePorts(int n) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        first = s.getLocalPort();
      }
      boolean all = first + n - 1 <= 65535;
      for (int i = 0; i < n && all; i++) {
        all = RunningSolr.portIsFree(first + i);
      }
      if (all) {
        return first;
      }
    }
    throw new IOException("no " + n + " consecutive free ports");
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.contains("${")) {
      throw new IllegalStateException("system property " + name + " is not set: run this test with mvn verify");
    }
    return value;
  }
}
