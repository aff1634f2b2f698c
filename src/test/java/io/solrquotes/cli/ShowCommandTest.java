package io.solrquotes.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

  @TempDir Path dir;

  @Test
  void groupsDistinctQuotationsBySpeakerAcrossTextAndJsonLinesFiles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(folder.resolve("a.txt"), "Bridge news\n" + Cli.SAID + "\n", UTF_8);
    Files.writeString(
        folder.resolve("b.jsonl"),
        Cli.article("u1", Cli.UNION) + "\n\n" + Cli.article("u2", Cli.SAID) + "\n",
        UTF_8);
    Files.writeString(folder.resolve("notes.md"), "not an article", UTF_8);

    Cli.Result r = Cli.run("", "show", "--no-claims", folder.toString());

    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("3 articles, "), out);
    assertTrue(out.contains("Ana Torres (2)"), out);
    assertTrue(out.contains("\"We will finish the bridge by spring,\" (x2)"), out);
    assertTrue(out.contains("in: Bridge news"), out);
    assertTrue(out.contains("Paul Grant (1)"), out);
  }

  @Test
  void extractFindsClaimsUnlessTurnedOff() {
    String line = Cli.article("k1", "The Kremlin said that the visit was a diplomatic failure.") + "\n";

    Cli.Result with = Cli.run(line, "extract", "-q");
    Cli.Result asked = Cli.run(line, "extract", "-q", "--claims");
    Cli.Result without = Cli.run(line, "extract", "-q", "--no-claims");

    assertEquals(0, with.exitCode(), with.err());
    assertEquals(0, without.exitCode(), without.err());
    assertEquals(0, Cli.parse(without.outLines().get(0)).get("quotes").size());
    assertEquals(with.out(), asked.out(), "--claims is still accepted");
    var claim = Cli.parse(with.outLines().get(0)).get("quotes").get(0);
    assertEquals("claim", claim.get("kind").asText());
    assertEquals("the visit was a diplomatic failure", claim.get("text").asText());
    assertEquals("Kremlin", claim.get("speaker").asText());
  }

  @Test
  void showCountsQuotationsAndClaimsApart() throws IOException {
    String line = Cli.article("k1", "The Kremlin said that the visit was a diplomatic failure. "
        + "\"We will not give in,\" Maria Lopez said.") + "\n";

    Path file = dir.resolve("k.jsonl");
    Files.writeString(file, line, UTF_8);
    Cli.Result r = Cli.run("", "show", file.toString());
    Cli.Result quotesOnly = Cli.run("", "show", "--no-claims", file.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("1 article, 1 quotation, 1 claim "), r.out());
    assertTrue(r.out().contains("claim, said: the visit was a diplomatic failure"), r.out());
    assertTrue(quotesOnly.out().startsWith("1 article, 1 quotation, 0 claims "), quotesOnly.out());
  }

  @Test
  void malformedJsonLineNamesFileAndLine() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, Cli.article(1, Cli.SAID) + "\n{\"id\": 2}\n", UTF_8);

    Cli.Result r = Cli.run("", "show", file.toString());

    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("bad.jsonl, line 2: no \"text\" field"), r.err());
  }

  @Test
  void missingPathIsAnError() {
    Cli.Result r = Cli.run("", "show", dir.resolve("nowhere").toString());

    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("no such file or folder"), r.err());
  }
}
