package io.solrquotes.cli;

import static io.solrquotes.cli.Cli.article;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main#main} in a JVM of its own: real exit codes, and a platform encoding that is not
 * UTF-8.
 */
class ForkedMainTest {

  @TempDir Path dir;

  @Test
  void utf8InAndOutUnderALatin1Platform() throws Exception {
    String text = "\"Ça ira, 東京 😀,\" dit Zoë Müller.";
    Path in = Files.writeString(dir.resolve("in.jsonl"), article("é-1", text) + "\n", UTF_8);
    Path out = dir.resolve("out.jsonl");

    Forked r = java("-Dfile.encoding=ISO-8859-1", "extract", in.toString(), out.toString());

    assertEquals(0, r.exitCode, r.output);
    String line = Files.readString(out, UTF_8); // fails on malformed UTF-8
    assertEquals("é-1", Cli.parse(line).get("id").textValue());
    for (var quote : Cli.parse(line).get("quotes")) {
      String quoted = quote.get("text").textValue();
      assertEquals(
          text.substring(quote.get("start").intValue(), quote.get("end").intValue()).strip(),
          quoted.strip(),
          "offsets are String offsets into the UTF-8-decoded text");
    }
  }

  @Test
  void badInputExitsWithOne() throws Exception {
    Path in = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": 1}\n", UTF_8);
    Forked r = java("-Dfile.encoding=UTF-8", "extract", in.toString());
    assertEquals(1, r.exitCode, r.output);
    assertTrue(r.output.contains("line 1: no \"text\" field"), r.output);
  }

  private record Forked(int exitCode, String output) {}

  private Forked java(String property, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(property);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path log = dir.resolve("forked.log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    p.getOutputStream().close(); // empty standard input
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "forked JVM finished");
    return new Forked(p.exitValue(), Files.readString(log, ISO_8859_1));
  }
}
