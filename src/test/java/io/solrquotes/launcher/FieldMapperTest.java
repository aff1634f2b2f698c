package io.solrquotes.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/** JSON fields onto the schema: as they are, or under the dynamic field for their type. */
class FieldMapperTest {

  /** The dynamic fields of solr-config/managed-schema.xml. */
  private static final List<String> DYNAMIC =
      List.of("*_s", "*_ss", "*_t", "*_txt", "*_i", "*_is", "*_l", "*_f", "*_d", "*_b", "*_dt");

  @Test
  void fieldsGoWhereTheSchemaTakesThem() throws Exception {
    FieldMapper mapper = new FieldMapper(DYNAMIC);
    String line =
        "{\"id\": \"a\", \"title\": \"T\", \"text\": \"body text\", \"category\": \"business\", \"url\": \"http://x\","
            + " \"date\": \"2025-01-02T00:00:00Z\", \"pages\": 3, \"views\": 12345678901, \"score\": 0.5,"
            + " \"paid\": true, \"tags\": [\"a\", \"b\"], \"ids\": [1, 2], \"author_s\": \"kept\", \"speakers\": \"x\","
            + " \"summary\": \"" + "long ".repeat(60) + "\", \"empty\": null, \"meta\": {\"k\": 1}, \"mixed\": [1, \"a\"]}";
    SolrInputDocument doc = mapper.document(ArticleReader.parse(line, Path.of("f.jsonl"), 1));

    Map<String, Object> fields = new TreeMap<>();
    for (String name : doc.getFieldNames()) {
      fields.put(name, doc.getFieldValues(name).size() == 1 ? doc.getFieldValue(name) : List.copyOf(doc.getFieldValues(name)));
    }
    Map<String, Object> expected = new TreeMap<>();
    expected.put("id", "a");
    expected.put("title", "T");
    expected.put("body", "body text");
    expected.put("category_s", "business");
    expected.put("url", "http://x");
    expected.put("date", "2025-01-02T00:00:00Z");
    expected.put("pages_i", 3);
    expected.put("views_l", 12345678901L);
    expected.put("score_d", 0.5);
    expected.put("paid_b", true);
    expected.put("tags_ss", List.of("a", "b"));
    expected.put("ids_is", List.of(1, 2));
    expected.put("author_s", "kept");
    // a field the plugin writes is not taken from the input as it is
    expected.put("speakers_s", "x");
    expected.put("summary_t", "long ".repeat(60));
    assertEquals(expected, fields);
    assertEquals(Map.of("meta", "an object", "mixed", "a list of mixed or nested values"), mapper.leftOut());
  }

  @Test
  void suffixesByJsonType() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode n = json.readTree("[\"s\", 1, 3000000000, 1.5, false, [\"a\"], [1], [], {}]");
    assertEquals("_s", FieldMapper.suffix(n.get(0)));
    assertEquals("_i", FieldMapper.suffix(n.get(1)));
    assertEquals("_l", FieldMapper.suffix(n.get(2)));
    assertEquals("_d", FieldMapper.suffix(n.get(3)));
    assertEquals("_b", FieldMapper.suffix(n.get(4)));
    assertEquals("_ss", FieldMapper.suffix(n.get(5)));
    assertEquals("_is", FieldMapper.suffix(n.get(6)));
    assertEquals(null, FieldMapper.suffix(n.get(7)));
    assertEquals(null, FieldMapper.suffix(n.get(8)));
  }
}
