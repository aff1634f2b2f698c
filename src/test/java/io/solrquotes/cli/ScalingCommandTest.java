package io.solrquotes.cli;

import static io.solrquotes.cli.Cli.article;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solrquotes.cli.ScalingInputs.Generated;
import io.solrquotes.cli.ScalingInputs.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-scaling on a tiny corpus and tiny sizes: the table's rows and cells, no timing. */
class ScalingCommandTest {

  private static final String[] QUICK = {
    "--factors", "2", "--paragraph-bytes", "1000,500", "--repeats", "10,5", "--warmup-seconds", "0", "--min-seconds", "0"
  };

  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus =
        Files.writeString(
            dir.resolve("corpus.jsonl"),
            String.join("\n", article(1, Cli.SAID), article(2, Cli.NO_QUOTES), article(3, Cli.UNION)) + "\n",
            UTF_8);
  }

  @Test
  void printsARowForEveryInputAtEverySize() {
    Cli.Result r = Cli.runInGermanLocale(args(QUICK));

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("3 articles"), r.out());
    assertTrue(r.out().contains(ScalingReport.HEADER), r.out());
    List<String> names = new ArrayList<>(List.of("articles 1x", "articles 2x", "one paragraph 500 B", "one paragraph 1.0 kB"));
    for (Generated g : Generated.values()) {
      names.add(g.family + " x5");
      names.add(g.family + " x10");
    }
    List<String[]> rows = rows(r.out());
    assertEquals(names, rows.stream().map(cells -> cells[0]).toList(), r.out());
    for (String[] cells : rows) {
      String row = String.join(" | ", cells);
      Double.parseDouble(cells[2]); // size
      assertTrue(cells[3].equals("B") || cells[3].equals("kB"), row);
      assertTrue(Double.parseDouble(cells[4]) >= 0, row); // ms/article
      assertTrue(Double.parseDouble(cells[5]) >= 0, row); // ms/MB
      assertTrue(Double.parseDouble(cells[6]) >= 0, row); // against 1x
      assertTrue(Long.parseLong(cells[8]) >= 0, row); // quotes/pass
    }
    // the 1x articles are the corpus as it is, and the baseline of the per-MB column
    String[] oneX = rows.get(0);
    assertEquals("3", oneX[1]);
    assertEquals("1.00", oneX[6]);
    assertEquals("-", oneX[7]);
    assertEquals(quotesFoundByExtract(), Long.parseLong(oneX[8]));
    assertEquals("1", rows.get(1)[1]); // 3 articles joined two by two: one article
    // growth from the previous size of the same input only
    assertEquals("-", rows.get(2)[7]);
    Double.parseDouble(rows.get(3)[7]);
    assertEquals("5", row(rows, "quotations in one paragraph x5")[8], r.out());
    assertEquals("10", row(rows, "quotations in one paragraph x10")[8], r.out());
    assertTrue(r.out().contains("\ngrowth: k in time per article ~ size^k"), r.out());
    assertTrue(r.out().contains("\nnot linear (growth 1.3 or more):"), r.out());
  }

  @Test
  void aSizeProjectedPastTheBudgetIsSkipped() {
    String[] quick = Arrays.copyOf(QUICK, QUICK.length + 2);
    quick[QUICK.length] = "--budget-seconds";
    quick[QUICK.length + 1] = "1e-9";
    Cli.Result r = Cli.run("", args(quick));

    assertEquals(0, r.exitCode(), r.err());
    String skipped = r.out().lines().filter(l -> l.startsWith("run of dots x10 ")).findFirst().orElseThrow();
    assertTrue(skipped.contains(" skipped: about 0 s an article projected at growth "), skipped);
    assertTrue(r.out().contains("\n  run of dots x10: skipped, about 0 s projected"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("run of dots x5 ") && !l.contains("skipped")), r.out());
  }

  @Test
  void badSettingsAreUsageErrors() {
    for (List<String> settings :
        List.of(
            List.of("--repeats", "0"),
            List.of("--factors", "10,-1"),
            List.of("--min-seconds", "-1"),
            List.of("--budget-seconds", "0"),
            List.of("--warmup-seconds", "x"))) {
      List<String> all = new ArrayList<>(List.of("bench-scaling", corpus.toString()));
      all.addAll(settings);
      assertEquals(2, Cli.run("", all.toArray(String[]::new)).exitCode(), settings.toString());
    }
    Cli.Result missing = Cli.run("", "bench-scaling", dir.resolve("none.jsonl").toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("corpus not found"), missing.err());
  }

  @Test
  void theInputsAreWhatTheirNamesSay() throws Exception {
    Corpus c = Corpus.load(corpus);
    Input doubled = ScalingInputs.articles(c, 2);
    assertEquals(List.of(Cli.SAID + "\n\n" + Cli.NO_QUOTES), doubled.texts());
    Input triple = ScalingInputs.articles(c, 5); // more than the corpus holds: gone round again
    assertEquals(1, triple.texts().size());
    assertEquals(5, triple.texts().get(0).split("\n\n").length);

    Input paragraph = ScalingInputs.paragraph(c, 1000);
    String text = paragraph.texts().get(0);
    assertFalse(text.contains("\n"), text);
    assertTrue(paragraph.utf8Bytes() <= 1000 && paragraph.utf8Bytes() > 900, String.valueOf(paragraph.utf8Bytes()));

    String unclosed = Generated.UNCLOSED.of(10).texts().get(0);
    assertEquals(10, unclosed.chars().filter(ch -> ch == '\u201c').count());
    assertEquals(0, unclosed.chars().filter(ch -> ch == '\u201d' || ch == '"').count());
    String dots = Generated.DOTS.of(10).texts().get(0);
    assertTrue(dots.startsWith(ScalingInputs.SAID + "..........") && !dots.contains("..........."), dots);
    assertEquals("run of dots x10", Generated.DOTS.of(10).name());
    assertEquals("1.00 MB", ScalingInputs.size(1e6));
  }

  private String[] args(String... options) {
    List<String> all = new ArrayList<>(List.of("bench-scaling", corpus.toString()));
    all.addAll(List.of(options));
    return all.toArray(String[]::new);
  }

  /** The table's rows: the name (the first 35 characters), then the cells split on blanks. */
  private static List<String[]> rows(String out) {
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : out.lines().toList()) {
      if (line.equals(ScalingReport.HEADER)) {
        inTable = true;
      } else if (inTable && line.isBlank()) {
        break;
      } else if (inTable) {
        List<String> cells = new ArrayList<>();
        cells.add(line.substring(0, 35).strip());
        cells.addAll(List.of(line.substring(35).strip().split("\\s+")));
        assertEquals(9, cells.size(), line);
        rows.add(cells.toArray(String[]::new));
      }
    }
    return rows;
  }

  private static String[] row(List<String[]> rows, String name) {
    return rows.stream().filter(cells -> cells[0].equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
  }

  private long quotesFoundByExtract() {
    Cli.Result r = Cli.run("", "extract", "--quiet", corpus.toString());
    assertEquals(0, r.exitCode(), r.err());
    return r.outLines().stream().mapToLong(l -> Cli.parse(l).get("quotes").size()).sum();
  }
}
