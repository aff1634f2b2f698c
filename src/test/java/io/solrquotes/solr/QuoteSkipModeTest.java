package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.CREWS;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.Articles.WATER;
import static io.solrquotes.solr.BadInputs.LANES_SAID;
import static io.solrquotes.solr.BadInputs.assertOtherFieldsKept;
import static io.solrquotes.solr.BadInputs.withOtherFields;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@code onError=skip} (system property {@code quotes.onError}, read by the shipped solrconfig). */
public class QuoteSkipModeTest extends QuoteSolrTestCase {

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

  private static void assertNoQuotations(String id) throws Exception {
    SolrDocument doc = withQuotes(id);
    assertNull(doc.getFieldValue("quote_count"));
    assertNull(doc.getFieldValue("speakers"));
    assertNull(doc.getFieldValue("speaker_quote"));
    assertTrue(quotesOf(doc).isEmpty());
    assertEquals(1, count("_root_:" + id));
  }

  @Test
  public void nonTextBodyIsIndexedWithoutQuotationsAndTheOthersAreUnaffected() throws Exception {
    long skipped = counter("skipped");
    long failed = counter("failed");
    index(article("good1", Articles.TRANSIT), article("bad", 42), article("good2", Articles.FLOOD));
    assertEquals(3, count("doc_type:article"));
    assertEquals(skipped + 1, counter("skipped"));
    assertEquals(failed, counter("failed"));

    assertNoQuotations("bad");
    // the body itself is indexed as sent
    assertEquals(1, count("body:42"));

    assertEquals(4, withQuotes("good1").getFieldValue("quote_count"));
    assertEquals(5, count("_root_:good1"));
    Set<Object> texts = quotesOf(withQuotes("good2")).stream().map(q -> q.getFieldValue("quote")).collect(Collectors.toSet());
    assertEquals(Set.of(WATER, CREWS), texts);
    assertEquals(6, count("doc_type:quote"));
  }

  @Test
  public void dateBodyIsSkipped() throws Exception {
    long skipped = counter("skipped");
    index(article("when", new Date(0)), article("good", Articles.SCHOOL));
    assertEquals(skipped + 1, counter("skipped"));
    assertNoQuotations("when");
    assertEquals(2, count("_root_:good"));
  }

  @Test
  public void reindexingWithANonTextBodyDropsTheOldQuotations() throws Exception {
    index(article("a1", Articles.TRANSIT));
    assertEquals(5, count("_root_:a1"));
    index(article("a1", 7));
    assertNoQuotations("a1");
    assertEquals(0, count("doc_type:quote"));
  }

  @Test
  public void atomicUpdateSettingANonTextBodyRemovesTheOldQuotations() throws Exception {
    SolrInputDocument a1 = article("a1", Articles.TRANSIT);
    a1.setField("publisher", "Daily Ledger");
    index(a1);
    assertEquals(5, count("_root_:a1"));
    long skipped = counter("skipped");
    SolrInputDocument update = new SolrInputDocument();
    update.setField("id", "a1");
    update.setField("body", Map.of("set", 99));
    index(update);
    assertEquals(skipped + 1, counter("skipped"));
    SolrDocument doc = withQuotes("a1");
    assertEquals(99, Integer.parseInt(doc.getFieldValue("body").toString()));
    assertEquals("other fields kept", "Daily Ledger", doc.getFieldValue("publisher"));
    // the quotations of the replaced text are gone with it
    assertNoQuotations("a1");
    assertEquals(0, count("doc_type:quote"));
  }

  @Test
  public void atomicUpdateOfAnotherFieldIsNotAffectedBySkipMode() throws Exception {
    index(article("a1", Articles.TRANSIT));
    long skipped = counter("skipped");
    SolrInputDocument update = new SolrInputDocument();
    update.setField("id", "a1");
    update.setField("publisher", Map.of("set", "Evening Star"));
    index(update);
    assertEquals(skipped, counter("skipped"));
    assertEquals(4, withQuotes("a1").getFieldValue("quote_count"));
    assertEquals(5, count("_root_:a1"));
  }

  // --- bad input (see QuoteBadInputTest for fail mode) ---

  @Test
  public void byteArrayBodyIsIndexedWithoutQuotations() throws Exception {
    long skipped = counter("skipped");
    long failed = counter("failed");
    index(withOtherFields(article("bytes", LANES_SAID.getBytes(StandardCharsets.UTF_8))), article("text", LANES_SAID));
    assertEquals(skipped + 1, counter("skipped"));
    assertEquals(failed, counter("failed"));
    assertNoQuotations("bytes");
    SolrDocument doc = withQuotes("bytes");
    assertOtherFieldsKept(doc);
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
    SolrDocument doc = withQuotes("nested");
    assertOtherFieldsKept(doc);
    assertNull(doc.getFieldValue("quote_count"));
    assertTrue(quotesOf(doc).isEmpty());
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
