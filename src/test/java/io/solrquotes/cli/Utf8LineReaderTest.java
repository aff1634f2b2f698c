package io.solrquotes.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8LineReaderTest {

  @Test
  void splitsOnNewlinesWithOrWithoutCarriageReturns() throws Exception {
    assertEquals(List.of("a", "", "b", "c"), lines("a\n\r\nb\r\nc"));
    assertEquals(List.of("a"), lines("a\n"));
    assertEquals(List.of(""), lines("\n"));
    assertEquals(List.of(), lines(""));
  }

  @Test
  void skipsAByteOrderMarkAtTheStartOnly() throws Exception {
    assertEquals(List.of("x", "\uFEFFy"), lines("\uFEFFx\n\uFEFFy"));
  }

  @Test
  void decodesMultiByteCharactersAcrossReadChunks() throws Exception {
    String longLine = "é😀".repeat(40_000); // over 64 KiB, so characters straddle chunk ends
    assertEquals(List.of(longLine, "ü"), lines(longLine + "\nü\n"));
  }

  @Test
  void reportsInvalidUtf8AndGoesOnWithTheNextLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("ok\n".getBytes(UTF_8));
    bytes.writeBytes(new byte[] {'b', (byte) 0xE9, 'd', '\n'}); // Latin-1 é
    bytes.writeBytes("fine\n".getBytes(UTF_8));
    try (Utf8LineReader reader =
        new Utf8LineReader(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals("ok", reader.readLine());
      assertThrows(BadLineException.class, reader::readLine);
      assertEquals(2, reader.lineNumber());
      assertEquals("fine", reader.readLine());
      assertEquals(3, reader.lineNumber());
      assertNull(reader.readLine());
    }
  }

  private static List<String> lines(String text) throws IOException, BadLineException {
    List<String> lines = new ArrayList<>();
    try (Utf8LineReader reader =
        new Utf8LineReader(new ByteArrayInputStream(text.getBytes(UTF_8)))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
        assertEquals(lines.size(), reader.lineNumber());
      }
    }
    return lines;
  }
}
