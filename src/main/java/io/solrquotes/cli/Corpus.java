package io.solrquotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Article texts held in memory for the benchmark, with their UTF-8 sizes. */
final class Corpus {

  private final String[] texts;
  private final int[] utf8Bytes;
  private final long totalBytes;

  private Corpus(List<String> texts) {
    this.texts = texts.toArray(new String[0]);
    this.utf8Bytes = new int[this.texts.length];
    long total = 0;
    for (int i = 0; i < this.texts.length; i++) {
      utf8Bytes[i] = this.texts[i].getBytes(StandardCharsets.UTF_8).length;
      total += utf8Bytes[i];
    }
    this.totalBytes = total;
  }

  /**
   * The texts of a JSON-lines file, one article a line as {@code extract} reads them.
   *
   * @throws CliException if the file is missing, unreadable, malformed or holds no article
   */
  static Corpus load(Path file) throws CliException {
    if (!Files.isRegularFile(file)) {
      throw new CliException(
          "corpus not found: " + file + " (" + file.toAbsolutePath().normalize() + ")");
    }
    List<String> texts = new ArrayList<>();
    ArticleParser parser = new ArticleParser();
    try (Utf8LineReader reader = new Utf8LineReader(Files.newInputStream(file))) {
      while (true) {
        try {
          String line = reader.readLine();
          if (line == null) {
            break;
          }
          if (!line.isBlank()) {
            texts.add(parser.parse(line).text());
          }
        } catch (BadLineException e) {
          throw new CliException(file + ", line " + reader.lineNumber() + ": " + e.getMessage());
        }
      }
    } catch (FileSystemException e) {
      throw CliException.of(e);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e, e);
    }
    if (texts.isEmpty()) {
      throw new CliException("no articles in " + file);
    }
    return new Corpus(texts);
  }

  int size() {
    return texts.length;
  }

  String text(int i) {
    return texts[i];
  }

  int utf8Bytes(int i) {
    return utf8Bytes[i];
  }

  long totalUtf8Bytes() {
    return totalBytes;
  }
}
