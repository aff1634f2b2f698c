package io.solrquotes.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns an article into the Solr document the configset expects: {@code id}, {@code title}, the text
 * as {@code body}, and each other JSON field under a name the schema accepts. The article fields the
 * schema names ({@code url}, {@code date}, {@code publisher}) and names that already match one of
 * its dynamic fields ({@code category_s}) are kept as they are; any other name gets the dynamic-field
 * suffix for its JSON type: a string of up to 256 characters {@code _s}, a longer one {@code _t}, an
 * integer {@code _i} or {@code _l}, another number {@code _d}, a boolean {@code _b}, a list of
 * strings {@code _ss}, a list of integers {@code _is}. So {@code category} becomes {@code category_s}.
 * Nulls, objects and mixed lists are left out, and said so once per field name.
 */
final class FieldMapper {

  /** The schema's own article fields that a user may send; the rest are written by Solr or the plugin. */
  private static final Set<String> ARTICLE_FIELDS = Set.of("url", "date", "publisher");

  private static final int SHORT_STRING = 256;

  private final List<String> dynamicSuffixes;
  /** Field name → why it was left out, for the summary. */
  private final Map<String, String> leftOut = new TreeMap<>();

  /** @param dynamicFields the schema's dynamic field names, such as {@code *_s} */
  FieldMapper(Collection<String> dynamicFields) {
    List<String> suffixes = new ArrayList<>();
    for (String name : dynamicFields) {
      if (name.startsWith("*") && name.length() > 1) {
        suffixes.add(name.substring(1));
      }
    }
    this.dynamicSuffixes = suffixes;
  }

  SolrInputDocument document(ArticleReader.Article article) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", article.id());
    if (article.title() != null) {
      doc.setField("title", article.title());
    }
    doc.setField("body", article.text());
    article.fields().forEach((name, value) -> add(doc, name, value));
    return doc;
  }

  /** The fields left out so far, each with the reason. */
  Map<String, String> leftOut() {
    return leftOut;
  }

  private void add(SolrInputDocument doc, String name, JsonNode value) {
    if (value.isNull()) {
      return; // nothing to store
    }
    if (ARTICLE_FIELDS.contains(name) || matchesDynamicField(name)) {
      Object v = plain(value);
      if (v == null) {
        leftOut.putIfAbsent(name, "an " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      } else {
        doc.setField(name, v);
      }
      return;
    }
    String suffix = suffix(value);
    if (suffix == null || !dynamicSuffixes.contains(suffix)) {
      leftOut.putIfAbsent(name, suffix == null ? describe(value) : "the schema has no *" + suffix + " field");
      return;
    }
    doc.setField(name + suffix, plain(value));
  }

  private boolean matchesDynamicField(String name) {
    for (String suffix : dynamicSuffixes) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  /** The dynamic-field suffix for a JSON value, or {@code null} if it has none. */
  static String suffix(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue().length() <= SHORT_STRING ? "_s" : "_t";
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? "_i" : value.canConvertToLong() ? "_l" : "_d";
    }
    if (value.isNumber()) {
      return "_d";
    }
    if (value.isBoolean()) {
      return "_b";
    }
    if (value.isArray() && !value.isEmpty()) {
      boolean strings = true;
      boolean ints = true;
      for (JsonNode e : value) {
        strings &= e.isTextual();
        ints &= e.isIntegralNumber() && e.canConvertToInt();
      }
      return strings ? "_ss" : ints ? "_is" : null;
    }
    return null;
  }

  /** The value as SolrJ sends it: a string, number, boolean or list of them; {@code null} for an object. */
  private static Object plain(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isIntegralNumber()) {
      if (value.canConvertToInt()) {
        return value.intValue();
      }
      if (value.canConvertToLong()) {
        return value.longValue();
      }
      return value.doubleValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isArray()) {
      List<Object> values = new ArrayList<>();
      for (JsonNode e : value) {
        Object v = plain(e);
        if (v == null) {
          return null;
        }
        values.add(v);
      }
      return values;
    }
    return null;
  }

  private static String describe(JsonNode value) {
    if (value.isArray()) {
      return value.isEmpty() ? "an empty list" : "a list of mixed or nested values";
    }
    return "an " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
