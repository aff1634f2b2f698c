package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.TEACHERS;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** The shipped default, {@code onError=fail}: a body that is not text is refused with a 400. */
public class QuoteFailModeTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  @Before
  public void clean() throws Exception {
    clearIndex();
    index(article("a3", Articles.SCHOOL));
  }

  @Test
  public void integerBodyIsRefused() throws Exception {
    long failed = counter("failed");
    SolrException e = refused(article("bad1", 42));
    assertNamesDocAndField(e, "bad1");
    assertTrue(e.getMessage(), e.getMessage().contains("Integer"));
    client.commit();
    assertEquals(0, count("id:bad1"));
    assertEquals(failed + 1, counter("failed"));
  }

  @Test
  public void dateBodyIsRefused() throws Exception {
    SolrException e = refused(article("bad2", new Date(0)));
    assertNamesDocAndField(e, "bad2");
    assertTrue(e.getMessage(), e.getMessage().contains("Date"));
    client.commit();
    assertEquals(0, count("id:bad2"));
  }

  @Test
  public void nonTextAmongTextValuesIsRefused() throws Exception {
    SolrException e = refused(article("bad3", List.of(Articles.FLOOD, 7L)));
    assertNamesDocAndField(e, "bad3");
    client.commit();
    assertEquals(0, count("_root_:bad3"));
  }

  @Test
  public void jsonNumberBodyIsRefused() throws Exception {
    SolrException e = refusedJson("[{\"id\":\"bad4\",\"body\":12345}]");
    assertNamesDocAndField(e, "bad4");
    assertU(commit());
    assertEquals(0, count("id:bad4"));
  }

  @Test
  public void theRequestStopsAtTheRefusedDocument() throws Exception {
    // without a tolerant processor, Solr keeps what came before and drops what follows
    SolrException e = refused(article("good1", Articles.TRANSIT), article("bad5", 5), article("good2", Articles.FLOOD));
    assertNamesDocAndField(e, "bad5");
    client.commit();
    assertEquals(5, count("_root_:good1"));
    assertEquals(0, count("_root_:bad5"));
    assertEquals(0, count("_root_:good2"));
  }

  @Test
  public void atomicUpdateSettingANonTextBodyIsRefusedAndTheArticleKept() throws Exception {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", "a3");
    doc.setField("body", Map.of("set", 99));
    SolrException e = refused(doc);
    assertNamesDocAndField(e, "a3");
    client.commit();
    assertEquals(Articles.SCHOOL, withQuotes("a3").getFieldValue("body"));
    assertEquals(TEACHERS, quotesOf(withQuotes("a3")).get(0).getFieldValue("quote"));
    assertEquals(2, count("_root_:a3"));
  }

  @Test
  public void textBodiesStillIndexFine() throws Exception {
    index(article("ok", Articles.FLOOD));
    assertEquals(3, count("_root_:ok"));
  }
}
