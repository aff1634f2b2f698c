package io.solrquotes.cli;

import static io.solrquotes.cli.Cli.article;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  private static final String HEADER =
      "threads  articles/s      MB/s    p50 ms    p99 ms  quotes/pass  alloc MB/s";

  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus =
        Files.writeString(
            dir.resolve("corpus.jsonl"),
            String.join(
                    "\n",
                    article(1, Cli.SAID),
                    article(2, Cli.NO_QUOTES),
                    "",
                    article(3, Cli.UNION))
                + "\n",
            UTF_8);
  }

  @Test
  void printsTheFiguresForOneThread() {
    Cli.Result r = Cli.runInGermanLocale("bench", corpus.toString(), "--warmup-seconds", "0", "--seconds", "1");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("3 articles"), r.out());
    assertTrue(r.out().contains(HEADER), r.out());
    String[] row = row(r.out(), 1);
    assertTrue(Double.parseDouble(row[1]) > 0, "articles/s");
    assertTrue(Double.parseDouble(row[2]) > 0, "MB/s");
    double p50 = Double.parseDouble(row[3]);
    double p99 = Double.parseDouble(row[4]);
    assertTrue(p50 >= 0 && p99 >= p50, "p50 " + p50 + " <= p99 " + p99);
    assertEquals(quotesFoundByExtract(), Long.parseLong(row[5]), "quotes/pass");
    assertTrue(row[6].equals("n/a") || Double.parseDouble(row[6]) >= 0, "alloc MB/s");
    assertTrue(r.out().contains("heap used after GC: "), r.out());
    assertTrue(!r.out().contains("WARNING"), r.out());
  }

  @Test
  void threadListPrintsARowEachAndTheScaling() {
    Cli.Result r =
        Cli.run(
            "", "bench", corpus.toString(), "--warmup-seconds=0", "--seconds=0.5", "--threads=1,2");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("1", row(r.out(), 1)[0]);
    assertEquals("2", row(r.out(), 2)[0]);
    assertTrue(r.out().contains("scaling   1 -> 2 threads: "), r.out());
  }

  @Test
  void missingCorpusIsAnError() {
    Cli.Result r = Cli.run("", "bench", dir.resolve("none.jsonl").toString(), "--seconds", "1");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("corpus not found"), r.err());
  }

  @Test
  void malformedCorpusNamesTheLine() throws IOException {
    Files.writeString(corpus, "{\"id\": 9}\n", UTF_8, StandardOpenOption.APPEND);
    Cli.Result r = Cli.run("", "bench", corpus.toString(), "--seconds", "1");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains(corpus + ", line 5: no \"text\" field"), r.err());
  }

  @Test
  void badSettingsAreUsageErrors() {
    for (List<String> settings :
        List.of(
            List.of("--threads", "0"),
            List.of("--seconds", "0"),
            List.of("--warmup-seconds", "-1"),
            List.of("--threads", "one"))) {
      String[] args = new String[settings.size() + 2];
      args[0] = "bench";
      args[1] = corpus.toString();
      for (int i = 0; i < settings.size(); i++) {
        args[i + 2] = settings.get(i);
      }
      assertEquals(2, Cli.run("", args).exitCode(), settings.toString());
    }
  }

  /** The table row for {@code threads}, split on blanks. */
  private static String[] row(String out, int threads) {
    return out.lines()
        .map(String::strip)
        .filter(l -> l.startsWith(threads + " "))
        .map(l -> l.split("\\s+"))
        .filter(cells -> cells.length == 7)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + threads + " threads in\n" + out));
  }

  private long quotesFoundByExtract() {
    Cli.Result r = Cli.run("", "extract", "--quiet", corpus.toString());
    assertEquals(0, r.exitCode(), r.err());
    return r.outLines().stream().mapToLong(l -> Cli.parse(l).get("quotes").size()).sum();
  }
}
