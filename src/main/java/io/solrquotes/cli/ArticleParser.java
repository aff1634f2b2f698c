package io.solrquotes.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Turns one JSON line, {@code {"id": ..., "text": ...}}, into an {@link Article}. Other fields are
 * ignored; {@code text} must be a string; {@code id} is kept as given.
 */
final class ArticleParser {

  /** Reads the articles and writes the results; immutable once built, so shared. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // ids like 1.50 stay exact
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * The article on {@code line}.
   *
   * @throws BadLineException if the line is not a JSON object with a string {@code text}
   */
  Article parse(String line) throws BadLineException {
    JsonNode node;
    try (JsonParser parser = MAPPER.createParser(line)) {
      node = MAPPER.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        throw new BadLineException("more than one JSON value on the line");
      }
    } catch (JsonProcessingException e) {
      String column =
          e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
      throw new BadLineException("not valid JSON" + column + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String cannot fail to read
    }
    if (node == null || !node.isObject()) {
      throw new BadLineException("not a JSON object but " + typeOf(node));
    }
    JsonNode text = node.get("text");
    if (text == null) {
      throw new BadLineException("no \"text\" field");
    }
    if (!text.isTextual()) {
      throw new BadLineException("\"text\" is not a string but " + typeOf(text));
    }
    JsonNode title = node.get("title");
    return new Article(node.get("id"), title != null && title.isTextual() ? title.textValue() : null, text.textValue());
  }

  private static String typeOf(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
