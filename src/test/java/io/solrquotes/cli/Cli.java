package io.solrquotes.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Runs the command in-process on byte streams; builds and reads JSON lines for the tests. */
final class Cli {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Texts written for these tests (no third-party text). */
  static final String SAID =
      "\"We will finish the bridge by spring,\" Mayor Ana Torres said on Monday. "
          + "She added that the budget was \"tight but fair\".";

  static final String UNION =
      "The union called the offer \"an insult to every worker\" and promised to strike. "
          + "\"Nobody here wants a strike,\" said Paul Grant, who leads the union.";

  static final String NO_QUOTES = "Rain is expected across the north on Friday.";

  private Cli() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {

    /** Standard output's lines, without their {@code \n}. */
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), args);
  }

  /**
   * Runs the command with the JVM's default locale set to German, which writes numbers with a decimal
   * comma: the tables must come out the same whatever the locale.
   */
  static Result runInGermanLocale(String... args) {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      return run("", args);
    } finally {
      Locale.setDefault(before);
    }
  }

  static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(new ByteArrayInputStream(stdin), out, new PrintWriter(err), false, args);
    return new Result(code, out.toString(UTF_8), err.toString());
  }

  /** One input line {@code {"id": id, "text": text}} with {@code id} of any JSON type. */
  static String article(Object id, String text) {
    ObjectNode node = JSON.createObjectNode();
    node.set("id", JSON.valueToTree(id));
    node.put("title", "ignored");
    node.put("text", text);
    return node.toString();
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
