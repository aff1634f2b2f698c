package io.solrquotes.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's article reader: .txt and .jsonl files, folders, and the errors it stops on. */
class ArticleReaderTest {

  @TempDir Path dir;

  @Test
  void readsTextAndJsonLinesFromFoldersInNameOrder() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/two.txt"), "  Second title \nbody", UTF_8);
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\": 1.5, \"title\": \"T\", \"text\": \"x\", \"category\": \"c\"}\n\n{\"text\": \"y\"}\n", UTF_8);
    Files.writeString(dir.resolve("notes.md"), "passed over", UTF_8);

    List<ArticleReader.Article> read = new ArrayList<>();
    List<Path> files = ArticleReader.files(List.of(dir));
    ArticleReader.read(files, read::add);

    assertEquals(List.of(dir.resolve("a.jsonl"), dir.resolve("b/two.txt")), files);
    assertEquals(3, read.size());
    assertEquals("1.5", read.get(0).id());
    assertEquals("T", read.get(0).title());
    assertEquals("c", read.get(0).fields().get("category").textValue());
    assertEquals(dir.resolve("a.jsonl") + ", line 1", read.get(0).where());
    // no id: the file's name and the line, stable from run to run
    assertEquals("a-3", read.get(1).id());
    assertNull(read.get(1).title());
    assertEquals("two", read.get(2).id());
    assertEquals("Second title", read.get(2).title());
    assertEquals("  Second title \nbody", read.get(2).text());
    assertEquals(3, ArticleReader.check(files));
  }

  @Test
  void badLinesNameTheFileAndTheLine() throws Exception {
    Path f = dir.resolve("in.jsonl");
    String truncated = error(f, "{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n{\"text\":1\n");
    assertTrue(truncated.startsWith(f + ", line 4: not valid JSON (column 10): Unexpected end-of-input"), truncated);
    assertEquals(f + ", line 1: not a JSON object but array", error(f, "[1]\n"));
    assertEquals(f + ", line 1: no \"text\" field", error(f, "{\"id\": \"x\"}\n"));
    assertEquals(f + ", line 1: \"text\" is not a string but number", error(f, "{\"text\": 3}\n"));
    assertEquals(f + ", line 1: \"id\" is not a string or a number but object", error(f, "{\"id\": {}, \"text\": \"t\"}\n"));
    Files.write(f, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, '"', '}', '\n'});
    assertEquals(f + ", line 1: not UTF-8 text", assertThrows(LauncherException.class, () -> ArticleReader.check(List.of(f))).getMessage());
  }

  @Test
  void missingAndUnknownFiles() throws Exception {
    assertEquals("no such file or folder: " + dir.resolve("none"),
        assertThrows(LauncherException.class, () -> ArticleReader.files(List.of(dir.resolve("none")))).getMessage());
    Path md = Files.writeString(dir.resolve("x.md"), "x");
    assertEquals(md + ": not a .txt or .jsonl file",
        assertThrows(LauncherException.class, () -> ArticleReader.files(List.of(md))).getMessage());
  }

  private static String error(Path f, String content) throws Exception {
    Files.writeString(f, content, UTF_8);
    return assertThrows(LauncherException.class, () -> ArticleReader.check(List.of(f))).getMessage();
  }
}
