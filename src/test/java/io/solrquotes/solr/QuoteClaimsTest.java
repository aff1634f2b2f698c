package io.solrquotes.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Claims as the shipped configset stores them, by default; and all of it off for one request. */
public class QuoteClaimsTest extends QuoteSolrTestCase {

  private static final String BODY =
      "Mayor Ana Torres told the council to approve the budget before March. "
          + "\"We cannot wait any longer,\" she said. "
          + "The bridge will reopen in June, the transport office said. "
          + "Governor Tom Hale thinks the plan is too expensive.";

  @BeforeClass
  public static void beforeClass() throws Exception {
    assertNull("the shipped default, not a property, turns claims on", System.getProperty("quotes.kinds"));
    startCore();
  }

  @Before
  public void clean() {
    clearIndex();
  }

  @Test
  public void claimsAreChildrenBesideTheQuotations() throws Exception {
    long quotes = counter("quotes");
    long claims = counter("claims");
    index(article("c1", BODY));
    assertEquals("quotation children counted", quotes + 1, counter("quotes"));
    assertEquals("claim children counted", claims + 2, counter("claims"));

    SolrDocument doc = withQuotes("c1");
    assertEquals(1, doc.getFieldValue("quote_count"));
    assertEquals(2, doc.getFieldValue("claim_count"));
    assertEquals(List.of("Ana Torres|We cannot wait any longer,"), strings(doc, "speaker_quote"));
    assertTrue(strings(doc, "speakers").contains("Ana Torres"));

    List<SolrDocument> children = quotesOf(doc);
    assertEquals(3, children.size());
    SolrDocument told = quote(children, "to approve the budget before March");
    assertEquals("claim", told.getFieldValue("kind"));
    assertEquals("claim", told.getFieldValue("doc_type"));
    assertEquals("Ana Torres", told.getFieldValue("speaker"));
    assertEquals("told", told.getFieldValue("cue"));
    SolrDocument bridge = quote(children, "The bridge will reopen in June");
    assertEquals("said", bridge.getFieldValue("cue"));
    // a belief ("thinks") is no claim
    assertTrue(children.stream().noneMatch(c -> String.valueOf(c.getFieldValue("quote")).contains("expensive")));
  }

  @Test
  public void quotesEnabledFalseTurnsQuotationsAndClaimsOffForOneRequest() throws Exception {
    index(Map.of("quotes.enabled", "false"), article("off", BODY));
    index(article("on", BODY));

    assertEquals(0, count("{!child of=\"doc_type:article\"}id:off"));
    SolrDocument off = withQuotes("off");
    assertNull(off.getFieldValue("quote_count"));
    assertNull(off.getFieldValue("claim_count"));
    assertEquals(3, count("{!child of=\"doc_type:article\"}id:on"));
  }

  @Test
  public void childrenFacetByKindAndQuotationQueriesStayQuotations() throws Exception {
    index(article("c1", BODY));

    QueryResponse kinds =
        query("q", "{!child of=\"doc_type:article\"}id:c1", "rows", "0", "json.facet", "{k:{type:terms,field:kind}}");
    assertEquals(Map.of("claim", 2L, "direct", 1L), buckets(kinds, "k"));
    assertEquals(1, count("doc_type:quote"));
    assertEquals(2, count("doc_type:claim"));
    assertEquals(1, count("{!parent which=\"doc_type:article\"}kind:claim AND speaker:\"Ana Torres\""));
  }
}
