package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.BERG;
import static io.solrquotes.solr.Articles.CREWS;
import static io.solrquotes.solr.Articles.HALE;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.Articles.NOVAK;
import static io.solrquotes.solr.Articles.STATIONS;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Facets and block joins over three articles: a1 (transit: Lopez 2 distinct quotations, Hale 1,
 * Novak 1), a2 (flood: Lopez 1, Hale 1) and a3 (school: Berg 1). The index is only read here.
 */
public class QuoteFacetsTest extends QuoteSolrTestCase {

  private static final String ARTICLES = "doc_type:article";

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
    index(
        withPublisher(article("a1", Articles.TRANSIT), "Daily Ledger"),
        withPublisher(article("a2", Articles.FLOOD), "Valley News"),
        withPublisher(article("a3", Articles.SCHOOL), "Daily Ledger"));
  }

  private static SolrInputDocument withPublisher(SolrInputDocument doc, String publisher) {
    doc.setField("publisher", publisher);
    return doc;
  }

  @Test
  public void speakersOfAllQuotationsAcrossArticles() throws Exception {
    QueryResponse rsp =
        query(
            "q", "doc_type:quote", "rows", "0",
            "json.facet", "{speakers:{type:terms, field:speaker, limit:-1}}");
    assertEquals(7, rsp.getResults().getNumFound());
    assertEquals(Map.of(LOPEZ, 3L, HALE, 2L, NOVAK, 1L, BERG, 1L), buckets(rsp, "speakers"));
    // ordered by count
    List<BucketJsonFacet> list = rsp.getJsonFacetingResponse().getBucketBasedFacets("speakers").getBuckets();
    assertEquals(LOPEZ, list.get(0).getVal());
    assertEquals(HALE, list.get(1).getVal());
  }

  @Test
  public void speakersFacetedOnArticlesWithoutBlockJoin() throws Exception {
    // the article's speakers field counts articles, not quotations
    QueryResponse rsp =
        query("q", ARTICLES, "rows", "0", "json.facet", "{speakers:{type:terms, field:speakers, limit:-1}}");
    assertEquals(Map.of(LOPEZ, 2L, HALE, 2L, NOVAK, 1L, BERG, 1L), buckets(rsp, "speakers"));
    // and the pairs field, one speaker's distinct quotations by prefix
    rsp =
        query(
            "q", ARTICLES, "rows", "0",
            "json.facet", "{pairs:{type:terms, field:speaker_quote, prefix:'Tom Hale|', limit:-1}}");
    assertEquals(Map.of(HALE + "|" + STATIONS, 1L, HALE + "|" + CREWS, 1L), buckets(rsp, "pairs"));
  }

  @Test
  public void quotationsOfOneSpeakerByArticle() throws Exception {
    QueryResponse rsp =
        query(
            "q", "speaker:\"Maria Lopez\"", "rows", "0",
            "json.facet", "{articles:{type:terms, field:_root_, limit:-1}}");
    assertEquals(Map.of("a1", 2L, "a2", 1L), buckets(rsp, "articles"));

    // the same through the article side: the quotations' parents, faceted on an article field
    rsp =
        query(
            "q", "speaker:\"Maria Lopez\"", "rows", "0",
            "json.facet",
            "{publishers:{type:terms, field:publisher, domain:{blockParent:'" + ARTICLES + "'}}}");
    assertEquals(Map.of("Daily Ledger", 1L, "Valley News", 1L), buckets(rsp, "publishers"));
  }

  @Test
  public void articlesPerSpeakerWithUniqueBlock() throws Exception {
    QueryResponse rsp =
        query(
            "q", "doc_type:quote", "rows", "0",
            "json.facet", "{speakers:{type:terms, field:speaker, limit:-1, facet:{articles:'uniqueBlock(_root_)'}}}");
    Map<Object, Object> articles =
        rsp.getJsonFacetingResponse().getBucketBasedFacets("speakers").getBuckets().stream()
            .collect(Collectors.toMap(BucketJsonFacet::getVal, b -> ((Number) b.getStatValue("articles")).longValue()));
    assertEquals(Map.of(LOPEZ, 2L, HALE, 2L, NOVAK, 1L, BERG, 1L), articles);
  }

  @Test
  public void speakersOfArticlesFromTheArticleSide() throws Exception {
    // from the articles of one publisher down to their quotations
    QueryResponse rsp =
        query(
            "q", "publisher:\"Daily Ledger\"", "rows", "0",
            "json.facet",
            "{speakers:{type:terms, field:speaker, limit:-1, domain:{blockChildren:'" + ARTICLES + "'}}}");
    assertEquals(2, rsp.getResults().getNumFound());
    assertEquals(Map.of(LOPEZ, 2L, HALE, 1L, NOVAK, 1L, BERG, 1L), buckets(rsp, "speakers"));
  }

  @Test
  public void parentBlockJoinFindsArticlesQuotingASpeaker() throws Exception {
    SolrDocumentList found =
        docs("q", "{!parent which=\"" + ARTICLES + "\"}speaker:\"Maria Lopez\"", "fl", "id", "sort", "id asc");
    assertEquals(List.of("a1", "a2"), ids(found));
    found = docs("q", "{!parent which=\"" + ARTICLES + "\"}speaker_title:Governor AND quote:crew", "fl", "id");
    assertEquals(List.of("a2"), ids(found));
    found = docs("q", "{!parent which=\"" + ARTICLES + "\"}speaker:\"Anna Berg\"", "fl", "id");
    assertEquals(List.of("a3"), ids(found));
    assertEquals(0, count("{!parent which=\"" + ARTICLES + "\"}speaker:\"Nobody Here\""));
    // scored by the children: the article quoting her twice first
    found =
        docs("q", "{!parent which=\"" + ARTICLES + "\" score=total}speaker:\"Maria Lopez\"", "fl", "id,score");
    assertEquals(List.of("a1", "a2"), ids(found));
  }

  @Test
  public void childBlockJoinFindsTheQuotationsOfArticles() throws Exception {
    SolrDocumentList found = docs("q", "{!child of=\"" + ARTICLES + "\"}id:a2", "fl", "quote,speaker,doc_type");
    assertEquals(2, found.getNumFound());
    for (SolrDocument d : found) {
      assertEquals("quote", d.getFieldValue("doc_type"));
    }
    assertEquals(Set.of(LOPEZ, HALE), found.stream().map(d -> d.getFieldValue("speaker")).collect(Collectors.toSet()));

    assertEquals(5, count("{!child of=\"" + ARTICLES + "\"}publisher:\"Daily Ledger\""));
    // with a filter on the children
    found = docs("q", "{!child of=\"" + ARTICLES + "\"}publisher:\"Daily Ledger\"", "fq", "speaker:\"Tom Hale\"", "fl", "quote");
    assertEquals(1, found.getNumFound());
    assertEquals(STATIONS, found.get(0).getFieldValue("quote"));
    // articles match the parent filter, so they are never their own children
    assertEquals(4, count("{!child of=\"" + ARTICLES + "\"}id:a1"));
    assertEquals(0, docs("q", "{!child of=\"" + ARTICLES + "\"}id:a1", "fq", ARTICLES).getNumFound());
  }

  @Test
  public void childTransformerReturnsTheQuotationsOfEachArticle() throws Exception {
    SolrDocumentList found = docs("q", ARTICLES, "fl", "*,[child limit=-1]", "sort", "id asc");
    assertEquals(3, found.getNumFound());
    assertEquals(4, quotesOf(found.get(0)).size());
    assertEquals(2, quotesOf(found.get(1)).size());
    assertEquals(1, quotesOf(found.get(2)).size());
    for (SolrDocument article : found) {
      for (SolrDocument q : quotesOf(article)) {
        assertEquals(article.getFieldValue("id"), q.getFieldValue("_nest_parent_"));
        assertTrue(((String) q.getFieldValue("id")).startsWith(article.getFieldValue("id") + "/quotes#"));
      }
    }
    // only some children, by a filter on them
    SolrDocument a1 = docs("q", "id:a1", "fl", "id,quotes,speaker,quote,[child childFilter='speaker:\"Tom Hale\"']").get(0);
    List<SolrDocument> hale = quotesOf(a1);
    assertEquals(1, hale.size());
    assertEquals(STATIONS, hale.get(0).getFieldValue("quote"));
    // a limit on the number returned
    assertEquals(2, quotesOf(docs("q", "id:a1", "fl", "*,[child limit=2]").get(0)).size());
  }

  @Test
  public void jsonResponseOfTheChildTransformer() throws Exception {
    assertJQ(
        req("q", "id:a3", "fl", "id,quote_count,speakers,quotes,quote,speaker,[child]", "wt", "json"),
        "/response/numFound==1",
        "/response/docs/[0]/quote_count==1",
        "/response/docs/[0]/speakers==['" + BERG + "']",
        "/response/docs/[0]/quotes/[0]/speaker=='" + BERG + "'",
        "/response/docs/[0]/quotes/[0]/quote=='" + Articles.TEACHERS + "'");
  }

  private static List<Object> ids(SolrDocumentList docs) {
    return docs.stream().map(d -> d.getFieldValue("id")).collect(Collectors.toList());
  }
}
