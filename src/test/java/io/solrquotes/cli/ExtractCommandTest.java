package io.solrquotes.cli;

import static io.solrquotes.cli.Cli.article;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractCommandTest {

  private static final Set<String> QUOTE_FIELDS =
      Set.of(
          "kind",
          "text",
          "start",
          "end",
          "speaker",
          "speaker_start",
          "speaker_end",
          "speaker_mention",
          "speaker_type",
          "speaker_title",
          "cue",
          "confidence",
          "sentence_start",
          "sentence_end");

  @TempDir Path dir;

  @Test
  void roundTripKeepsIdsOrderAndOneLinePerArticle() throws IOException {
    List<String> texts = List.of(Cli.SAID, Cli.NO_QUOTES, Cli.UNION, "");
    List<Object> ids = List.of("bbc/x/001", 7, "zürich-3", new BigInteger("12345678901234567890"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(article(ids.get(i), texts.get(i)));
    }
    Path in = write("in.jsonl", String.join("\n", lines) + "\n");
    Path out = dir.resolve("out.jsonl");

    Cli.Result r = Cli.run("", "extract", in.toString(), out.toString());

    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out(), "results go to the file, not to stdout");
    List<String> written = Files.readAllLines(out, UTF_8);
    assertEquals(texts.size(), written.size());
    int quotes = 0;
    for (int i = 0; i < texts.size(); i++) {
      JsonNode line = Cli.parse(written.get(i));
      assertEquals(Set.of("id", "quotes"), fieldNames(line));
      assertEquals(Cli.JSON.valueToTree(ids.get(i)), line.get("id"), "id of line " + (i + 1));
      assertTrue(line.get("quotes").isArray());
      for (JsonNode quote : line.get("quotes")) {
        assertQuoteShape(quote, texts.get(i));
        quotes++;
      }
    }
    assertTrue(quotes > 0, "the texts hold textbook attributed quotations");
    assertTrue(line(written, 1).get("quotes").isEmpty(), "no quotation marks, no quotes");
    assertTrue(line(written, 3).get("quotes").isEmpty(), "empty text, no quotes");
    assertTrue(r.err().contains("4 articles, " + quotes + " quotes"), r.err());
  }

  @Test
  void idsAreWrittenBackAsGiven() {
    String input =
        String.join(
            "\n",
            "{\"id\": \"a\", \"text\": \"x\"}",
            "{\"id\": 1.50, \"text\": \"x\"}",
            "{\"id\": -3, \"text\": \"x\"}",
            "{\"text\": \"no id\"}");
    Cli.Result r = Cli.run(input, "extract");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.outLines();
    assertTrue(lines.get(0).startsWith("{\"id\":\"a\","), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"id\":1.50,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"id\":-3,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("{\"id\":null,"), lines.get(3));
  }

  @Test
  void writesRawUtf8() throws IOException {
    String text = "\"Ça ira, 東京 😀,\" dit Zoë Müller. " + Cli.SAID;
    Path in = write("in.jsonl", article("é-1", text) + "\n");
    Path out = dir.resolve("out.jsonl");

    assertEquals(0, Cli.run("", "extract", in.toString(), out.toString()).exitCode());

    byte[] bytes = Files.readAllBytes(out);
    String decoded = new String(bytes, UTF_8);
    assertTrue(decoded.startsWith("{\"id\":\"é-1\""), "raw UTF-8, not escaped: " + decoded);
    for (JsonNode quote : Cli.parse(decoded).get("quotes")) {
      assertQuoteShape(quote, text);
    }
  }

  @Test
  void standardInputToStandardOutput() {
    String input =
        "\uFEFF" + article(1, Cli.SAID) + "\r\n\r\n" + article(2, Cli.UNION); // BOM, CRLF
    for (String[] args : List.of(new String[] {"extract"}, new String[] {"extract", "-", "-"})) {
      Cli.Result r = Cli.run(input, args);
      assertEquals(0, r.exitCode(), r.err());
      List<String> lines = r.outLines();
      assertEquals(2, lines.size(), r.out());
      assertTrue(r.out().endsWith("\n"));
      assertEquals(1, Cli.parse(lines.get(0)).get("id").intValue());
      assertEquals(2, Cli.parse(lines.get(1)).get("id").intValue());
      assertTrue(r.err().contains("extract: 2 articles"), r.err());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json at all",
        "[\"an\", \"array\"]",
        "{\"id\": 3}",
        "{\"id\": 3, \"text\": null}",
        "{\"id\": 3, \"text\": 42}",
        "{\"id\": 3, \"text\": \"unterminated}",
        "{\"id\": 3, \"text\": \"x\"} {\"id\": 4, \"text\": \"y\"}"
      })
  void malformedLineStopsWithFileAndLineNumber(String bad) throws IOException {
    Path in =
        write("articles.jsonl", article(1, Cli.SAID) + "\n\n" + bad + "\n" + article(4, Cli.SAID));

    Cli.Result r = Cli.run("", "extract", in.toString());

    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains(in + ", line 3: "), r.err());
    assertEquals(1, r.outLines().size(), "articles before the bad line are written");
  }

  @Test
  void invalidUtf8IsABadLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((article(1, "ok") + "\n").getBytes(UTF_8));
    bytes.writeBytes(
        new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}'});
    Path in = dir.resolve("latin.jsonl");
    Files.write(in, bytes.toByteArray());

    Cli.Result r = Cli.run("", "extract", in.toString());

    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("line 2: not valid UTF-8"), r.err());
  }

  @Test
  void skipBadReportsCountsAndGoesOn() throws IOException {
    Path in =
        write(
            "mixed.jsonl",
            String.join(
                "\n",
                article("a", Cli.SAID),
                "{oops",
                article("b", Cli.NO_QUOTES),
                "{\"id\": \"c\"}",
                article("d", Cli.UNION)));

    Cli.Result r = Cli.run("", "extract", "--skip-bad", in.toString());

    assertEquals(0, r.exitCode(), r.err());
    List<String> ids = r.outLines().stream().map(l -> Cli.parse(l).get("id").textValue()).toList();
    assertEquals(List.of("a", "b", "d"), ids);
    assertTrue(r.err().contains("skipped " + in + ", line 2: not valid JSON"), r.err());
    assertTrue(r.err().contains("skipped " + in + ", line 4: no \"text\" field"), r.err());
    assertTrue(r.err().contains("3 articles") && r.err().contains("2 bad lines skipped"), r.err());
  }

  @Test
  void quietPrintsNoSummary() {
    Cli.Result r = Cli.run(article(1, Cli.SAID), "extract", "--quiet");
    assertEquals(0, r.exitCode());
    assertEquals(1, r.outLines().size());
    assertEquals("", r.err());
  }

  @Test
  void missingInputFileIsAnError() {
    Path missing = dir.resolve("missing.jsonl");
    Cli.Result r = Cli.run("", "extract", missing.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains(missing + ": no such file"), r.err());
  }

  @Test
  void refusesToOverwriteItsInput() throws IOException {
    Path in = write("same.jsonl", article(1, Cli.SAID) + "\n");
    Cli.Result r = Cli.run("", "extract", in.toString(), in.toString());
    assertEquals(2, r.exitCode());
    assertEquals(article(1, Cli.SAID) + "\n", Files.readString(in), "input left alone");
  }

  /** The documented contract of a quote record, whatever the extractor finds. */
  static void assertQuoteShape(JsonNode q, String text) {
    assertEquals(QUOTE_FIELDS, fieldNames(q));
    assertTrue(Set.of("direct", "partial", "claim").contains(q.get("kind").textValue()), q.toString());
    assertTrue(
        Set.of("person", "organization", "unknown").contains(q.get("speaker_type").textValue()));
    assertTrue(q.get("text").isTextual());
    int start = q.get("start").intValue();
    int end = q.get("end").intValue();
    assertTrue(0 <= start && start <= end && end <= text.length(), q.toString());
    assertTrue(q.get("sentence_start").intValue() <= start, q.toString());
    assertTrue(end <= q.get("sentence_end").intValue(), q.toString());
    assertTrue(q.get("sentence_end").intValue() <= text.length(), q.toString());
    double confidence = q.get("confidence").doubleValue();
    assertTrue(q.get("confidence").isNumber() && confidence >= 0 && confidence <= 1);
    JsonNode speakerStart = q.get("speaker_start");
    JsonNode speakerEnd = q.get("speaker_end");
    assertEquals(speakerStart.isNull(), speakerEnd.isNull(), q.toString());
    if (!speakerStart.isNull()) {
      assertTrue(0 <= speakerStart.intValue() && speakerStart.intValue() < speakerEnd.intValue());
      assertTrue(speakerEnd.intValue() <= text.length());
    }
    for (String name : List.of("speaker", "speaker_mention", "speaker_title", "cue")) {
      assertTrue(q.get(name).isNull() || q.get(name).isTextual(), name + " in " + q);
    }
    assertFalse(q.get("speaker").isTextual() && q.get("speaker").textValue().isBlank());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNode line(List<String> lines, int index) {
    return Cli.parse(lines.get(index));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
