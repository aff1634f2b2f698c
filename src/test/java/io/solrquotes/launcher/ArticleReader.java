package io.solrquotes.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher's own article reader (the plugin jar's classes are off its class path): a {@code .txt}
 * file is one article, its first line the title and its name the id; a {@code .jsonl} file holds one
 * {@code {"id", "title", "text", ...}} article a line, blank lines skipped. Folders are read
 * recursively, in name order, passing over other files.
 */
final class ArticleReader {

  /**
   * One article.
   *
   * @param id its Solr id: the .txt file's name without the extension, or the JSON {@code id} (a string
   *     or a number); a JSON line without one gets {@code <file name>-<line>}
   * @param title the title, or {@code null}
   * @param text the text, indexed as {@code body}
   * @param fields the JSON line's other fields, as given
   * @param where the file, and for .jsonl the line, for messages
   */
  record Article(String id, String title, String text, Map<String, JsonNode> fields, String where) {}

  /** Receives each article as it is read. */
  interface Sink {
    void accept(Article article) throws LauncherException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleReader() {}

  /** The article files under {@code paths}, in order. */
  static List<Path> files(List<Path> paths) throws LauncherException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new LauncherException("no such file or folder: " + path);
      }
      if (!Files.isDirectory(path)) {
        if (!isArticleFile(path)) {
          throw new LauncherException(path + ": not a .txt or .jsonl file");
        }
        files.add(path);
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().forEach(files::add);
      } catch (IOException | RuntimeException e) {
        throw new LauncherException("cannot list " + path + ": " + reason(e), e);
      }
    }
    return files;
  }

  /** Reads every article of {@code files}, in order. */
  static void read(List<Path> files, Sink sink) throws LauncherException {
    for (Path file : files) {
      if (isJsonLines(file)) {
        readJsonLines(file, sink);
      } else {
        sink.accept(readText(file));
      }
    }
  }

  /** Reads them all once to check them and count the articles, before Solr starts. */
  static long check(List<Path> files) throws LauncherException {
    long[] n = {0};
    read(files, a -> n[0]++);
    return n[0];
  }

  private static Article readText(Path file) throws LauncherException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new LauncherException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new LauncherException("cannot read " + file + ": " + reason(e), e);
    }
    int eol = text.indexOf('\n');
    String title = (eol < 0 ? text : text.substring(0, eol)).strip();
    return new Article(stem(file), title.isEmpty() ? null : title, text, Map.of(), file.toString());
  }

  private static void readJsonLines(Path file, Sink sink) throws LauncherException {
    int lineNumber = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      while (true) {
        try {
          line = in.readLine();
        } catch (CharacterCodingException e) {
          throw new LauncherException(file + ", line " + (lineNumber + 1) + ": not UTF-8 text", e);
        }
        if (line == null) {
          return;
        }
        lineNumber++;
        if (!line.isBlank()) {
          sink.accept(parse(line, file, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new LauncherException("cannot read " + file + ": " + reason(e), e);
    }
  }

  /** The article on one JSON line; the error names the file and the line. */
  static Article parse(String line, Path file, int lineNumber) throws LauncherException {
    String where = file + ", line " + lineNumber;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String column = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
      throw new LauncherException(where + ": not valid JSON" + column + ": " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new LauncherException(where + ": not a JSON object but " + type(node));
    }
    JsonNode text = node.get("text");
    if (text == null) {
      throw new LauncherException(where + ": no \"text\" field");
    }
    if (!text.isTextual()) {
      throw new LauncherException(where + ": \"text\" is not a string but " + type(text));
    }
    JsonNode id = node.get("id");
    String docId;
    if (id == null || id.isNull()) {
      docId = stem(file) + "-" + lineNumber; // stable as long as the file is
    } else if (id.isTextual() || id.isNumber()) {
      docId = id.asText();
      if (docId.isBlank()) {
        throw new LauncherException(where + ": \"id\" is blank");
      }
    } else {
      throw new LauncherException(where + ": \"id\" is not a string or a number but " + type(id));
    }
    JsonNode title = node.get("title");
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().equals("id") && !f.getKey().equals("title") && !f.getKey().equals("text")) {
        fields.put(f.getKey(), f.getValue());
      }
    }
    return new Article(docId, title != null && title.isTextual() ? title.textValue() : null, text.textValue(), fields, where);
  }

  private static boolean isArticleFile(Path file) {
    return isJsonLines(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static boolean isJsonLines(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String type(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** What went wrong, in words: the JDK's file exceptions carry only the path as their message. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e.getCause() instanceof IOException io && e instanceof java.io.UncheckedIOException) {
      return reason(io);
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
