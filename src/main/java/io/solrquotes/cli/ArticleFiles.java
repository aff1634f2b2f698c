package io.solrquotes.cli;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders: a {@code .txt} file is one article whose first line is its
 * title; a {@code .jsonl} file holds one {@code {"id", "title", "text"}} article a line. Folders are
 * read recursively, in name order; other files in them are passed over.
 */
final class ArticleFiles {

  /** Receives each article as it is read. */
  interface Sink {
    void accept(Path file, Article article) throws CliException;
  }

  private final ArticleParser parser = new ArticleParser();

  /** Reads every article under {@code paths}, in order, handing each to {@code sink}. */
  void read(List<Path> paths, Sink sink) throws CliException {
    for (Path path : paths) {
      for (Path file : files(path)) {
        if (isJsonLines(file)) {
          readJsonLines(file, sink);
        } else {
          sink.accept(file, readText(file));
        }
      }
    }
  }

  private static List<Path> files(Path path) throws CliException {
    if (!Files.exists(path)) {
      throw new CliException("no such file or folder: " + path);
    }
    if (!Files.isDirectory(path)) {
      if (!isJsonLines(path) && !isText(path)) {
        throw new CliException(path + ": not a .txt or .jsonl file");
      }
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> found = new ArrayList<>();
      walk.filter(Files::isRegularFile).filter(f -> isText(f) || isJsonLines(f)).sorted().forEach(found::add);
      return found;
    } catch (IOException e) {
      throw new CliException("cannot list " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean isJsonLines(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  private static boolean isText(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static Article readText(Path file) throws CliException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CliException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String name = file.getFileName().toString();
    String id = name.substring(0, name.length() - ".txt".length());
    int eol = text.indexOf('\n');
    String title = (eol < 0 ? text : text.substring(0, eol)).strip();
    return new Article(TextNode.valueOf(id), title, text);
  }

  private void readJsonLines(Path file, Sink sink) throws CliException {
    try (InputStream in = Files.newInputStream(file);
        Utf8LineReader reader = new Utf8LineReader(in)) {
      while (true) {
        String line;
        try {
          line = reader.readLine();
          if (line == null) {
            return;
          }
          if (line.isBlank()) {
            continue;
          }
          sink.accept(file, parser.parse(line));
        } catch (BadLineException e) {
          throw new CliException(file + ", line " + reader.lineNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
