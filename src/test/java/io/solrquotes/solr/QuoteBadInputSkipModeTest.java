package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.BadInputs.LANES_SAID;
import static io.solrquotes.solr.BadInputs.assertOtherFieldsKept;
import static io.solrquotes.solr.BadInputs.withOtherFields;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Values that are not text with {@code onError=skip}: the article is indexed without quotations, as
 * Solr indexes the value; a value Solr cannot index at all is refused all the same.
 */
public class QuoteBadInputSkipModeTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    System.setProperty("quotes.onError", "skip");
    startCore();
  }

  @AfterClass
  public static void afterClass() {
    System.clearProperty("quotes.onError");
  }

  @Before
  public void clean() {
    clearIndex();
  }

  /** Indexed with its other fields, and no field or child that extraction writes. */
  private static SolrDocument skipped(String id) throws Exception {
    SolrDocument doc = withQuotes(id);
    assertOtherFieldsKept(doc);
    assertEquals("article", doc.getFieldValue("doc_type"));
    assertNull(doc.getFieldValue("quote_count"));
    assertNull(doc.getFieldValue("speakers"));
    assertNull(doc.getFieldValue("speaker_quote"));
    assertTrue(quotesOf(doc).isEmpty());
    return doc;
  }

  @Test
  public void byteArrayBodyIsIndexedWithoutQuotations() throws Exception {
    long skipped = counter("skipped");
    long failed = counter("failed");
    index(withOtherFields(article("bytes", LANES_SAID.getBytes(StandardCharsets.UTF_8))), article("text", LANES_SAID));
    assertEquals(skipped + 1, counter("skipped"));
    assertEquals(failed, counter("failed"));
    SolrDocument doc = skipped("bytes");
    assertEquals(1, count("_root_:bytes"));
    // Solr's text field stores what byte[].toString() gives: the bytes are not decoded
    assertTrue((String) doc.getFieldValue("body"), ((String) doc.getFieldValue("body")).startsWith("[B@"));
    // the next document of the request is extracted as usual
    assertEquals(List.of(LOPEZ), strings(withQuotes("text"), "speakers"));
  }

  @Test
  public void childDocumentAsBodyIsIndexedWithoutQuotations() throws Exception {
    long skipped = counter("skipped");
    SolrInputDocument child = new SolrInputDocument();
    child.setField("id", "child-1");
    child.setField("title", LANES_SAID);
    index(withOtherFields(article("nested", child)));
    assertEquals(skipped + 1, counter("skipped"));
    skipped("nested");
    // the child is stored as Solr stores it, under the label body, and is no quotation
    assertEquals(2, count("_root_:nested"));
    assertEquals(1, count("id:child-1 AND _nest_parent_:nested"));
    assertEquals(0, count("doc_type:quote"));
  }

  @Test
  public void mapThatIsNoAtomicUpdateIsRefusedAllTheSame() throws Exception {
    // Solr cannot index it: skipping extraction would only trade this message for Solr's, which names no field
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", LANES_SAID);
    long skipped = counter("skipped");
    long failed = counter("failed");
    SolrException e = refused(withOtherFields(article("map", body)));
    assertNamesDocAndField(e, "map");
    assertTrue(e.getMessage(), e.getMessage().contains("a map with keys [text], which is neither text nor an atomic update"));
    assertEquals(skipped, counter("skipped"));
    assertEquals(failed + 1, counter("failed"));
    client.commit();
    assertEquals(0, count("_root_:map"));
  }

  @Test
  public void documentWithoutIdIsRefusedForItsMissingId() throws Exception {
    SolrInputDocument doc = withOtherFields(new SolrInputDocument());
    doc.setField("body", 5);
    SolrException e = refused(doc);
    assertEquals(e.getMessage(), 400, e.code());
    assertEquals("Document is missing mandatory uniqueKey field: id", e.getMessage());
    client.commit();
    assertEquals(0, count("*:*"));
  }
}
