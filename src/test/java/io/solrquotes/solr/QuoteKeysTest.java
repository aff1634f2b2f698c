package io.solrquotes.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * One quotation in four articles, typed four ways, and a longer quotation that holds it: the key
 * groups the four, lists their articles in date order, and a phrase query on the words finds the
 * longer one too.
 */
public class QuoteKeysTest extends QuoteSolrTestCase {

  private static final String KEY = "we will not back down";

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
    index(
        dated("wire", "2026-03-02T08:00:00Z", "Mayor Ana Torres told the council: \"We will not back down.\" The vote is next week."),
        dated("rewrite", "2026-03-03T10:00:00Z",
            "\u201cWe will NOT back down,\u201d Mayor Ana Torres said on Monday, as the strike entered its second week."),
        dated("weekly", "2026-03-09T06:00:00Z",
            "Riverton's mayor has not moved. ''We will not back down...'' Ana Torres said, repeating last week's words."),
        dated("follow-up", "2026-03-05T12:00:00Z",
            "\"We will not back down, and we will finish the bridge,\" Ana Torres said at the site on Thursday."),
        dated("other", "2026-03-04T09:00:00Z",
            "\"The budget is balanced,\" Councillor Priya Nandakumar said. The mayor was not available."));
  }

  private static SolrInputDocument dated(String id, String date, String body) {
    SolrInputDocument doc = article(id, body);
    doc.setField("date", date);
    return doc;
  }

  @Test
  public void theKeyGroupsOneQuotationTypedFourWays() throws Exception {
    QueryResponse rsp =
        query("q", "doc_type:quote", "rows", "0",
            "json.facet", "{keys:{type:terms, field:quote_key, limit:-1, facet:{speakers:{type:terms, field:speaker}}}}");
    Map<String, Long> keys = buckets(rsp, "keys");
    assertEquals(keys.toString(), Long.valueOf(3), keys.get(KEY));
    assertEquals(keys.toString(), Long.valueOf(1), keys.get("we will not back down and we will finish the bridge"));
    assertEquals(keys.toString(), Long.valueOf(1), keys.get("the budget is balanced"));
    assertEquals(KEY, rsp.getJsonFacetingResponse().getBucketBasedFacets("keys").getBuckets().get(0).getVal());
    assertEquals(
        "Ana Torres",
        rsp.getJsonFacetingResponse().getBucketBasedFacets("keys").getBuckets().get(0)
            .getBucketBasedFacets("speakers").getBuckets().get(0).getVal());
  }

  @Test
  public void theArticlesCarryingAQuotationInDateOrder() throws Exception {
    QueryResponse rsp =
        query("q", "{!parent which=\"doc_type:article\"}quote_key:\"" + KEY + "\"", "sort", "date asc", "fl", "id");
    List<Object> ids = rsp.getResults().stream().map(d -> d.getFieldValue("id")).toList();
    assertEquals(List.of("wire", "rewrite", "weekly"), ids);
  }

  @Test
  public void aTrimmedPartOfALongerQuotationIsFoundByItsWords() throws Exception {
    QueryResponse rsp = query("q", "quote:\"we will not back down\"", "fq", "doc_type:quote", "fl", "quote,quote_key", "rows", "10");
    assertEquals(4, rsp.getResults().getNumFound());
    assertTrue(rsp.getResults().stream().map(d -> (String) d.getFieldValue("quote_key")).toList()
        .contains("we will not back down and we will finish the bridge"));
  }

  @Test
  public void everyChildHasItsKey() throws Exception {
    QueryResponse rsp = query("q", "doc_type:(quote OR claim)", "fl", "quote,quote_key", "rows", "100");
    for (SolrDocument d : rsp.getResults()) {
      assertNotNull(d.toString(), d.getFieldValue("quote_key"));
    }
  }
}
