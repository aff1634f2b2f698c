package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.BERG;
import static io.solrquotes.solr.Articles.CREWS;
import static io.solrquotes.solr.Articles.HALE;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.Articles.NOVAK;
import static io.solrquotes.solr.Articles.TEACHERS;
import static io.solrquotes.solr.Articles.WATER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Re-indexing, deleting and atomically updating articles, and turning extraction off. */
public class QuoteLifecycleTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  @Before
  public void indexArticles() throws Exception {
    clearIndex();
    SolrInputDocument a1 = article("a1", Articles.TRANSIT);
    a1.setField("title", "Council debates transit budget");
    a1.setField("publisher", "Daily Ledger");
    index(a1, article("a3", Articles.SCHOOL));
    assertEquals(5, count("_root_:a1"));
    assertEquals(5, count("doc_type:quote"));
  }

  private static Set<Object> quoteTexts(String id) throws Exception {
    return quotesOf(withQuotes(id)).stream().map(q -> q.getFieldValue("quote")).collect(Collectors.toSet());
  }

  private static SolrInputDocument atomic(String id, String field, String op, Object value) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField(field, Map.of(op, value));
    return doc;
  }

  // --- re-indexing ---

  @Test
  public void reindexingReplacesTheQuotations() throws Exception {
    index(article("a1", Articles.FLOOD));
    assertEquals("article and its two new quotations", 3, count("_root_:a1"));
    assertEquals("a1's 2 and a3's 1", 3, count("doc_type:quote"));
    assertEquals(1, count("id:a1"));
    assertEquals(Set.of(WATER, CREWS), quoteTexts("a1"));
    assertEquals(0, count("quote:\"bus lanes\""));
    SolrDocument a1 = withQuotes("a1");
    assertEquals(2, a1.getFieldValue("quote_count"));
    assertEquals(List.of(LOPEZ, HALE), strings(a1, "speakers"));
    assertNull("a full re-index replaces the whole document", a1.getFieldValue("publisher"));
    // the other article is untouched
    assertEquals(Set.of(TEACHERS), quoteTexts("a3"));
  }

  @Test
  public void reindexingWithoutQuotationsLeavesNoOrphans() throws Exception {
    index(article("a1", Articles.QUIET));
    assertEquals(1, count("_root_:a1"));
    assertEquals(1, count("doc_type:quote"));
    assertEquals(0, count("doc_type:quote AND _root_:a1"));
    SolrDocument a1 = withQuotes("a1");
    assertEquals(0, a1.getFieldValue("quote_count"));
    assertNull(a1.getFieldValue("speakers"));
    assertNull(a1.getFieldValue("speaker_quote"));
  }

  @Test
  public void reindexingTwiceBeforeACommitKeepsOnlyTheLast() throws Exception {
    new UpdateRequest().add(article("a1", Articles.FLOOD)).process(client);
    new UpdateRequest().add(article("a1", Articles.TRANSIT)).process(client);
    new UpdateRequest().add(article("a1", Articles.FLOOD)).process(client);
    client.commit();
    assertEquals(3, count("_root_:a1"));
    assertEquals(3, count("doc_type:quote"));
    assertEquals(Set.of(WATER, CREWS), quoteTexts("a1"));
  }

  @Test
  public void reindexingTheSameTextIsIdempotent() throws Exception {
    SolrDocument before = withQuotes("a1");
    index(article("a1", Articles.TRANSIT));
    SolrDocument after = withQuotes("a1");
    assertEquals(5, count("_root_:a1"));
    assertEquals(strings(before, "speaker_quote"), strings(after, "speaker_quote"));
    assertEquals(
        quotesOf(before).stream().map(q -> q.getFieldValue("id")).collect(Collectors.toList()),
        quotesOf(after).stream().map(q -> q.getFieldValue("id")).collect(Collectors.toList()));
  }

  // --- deleting ---

  @Test
  public void deletingTheArticleByIdDeletesItsQuotations() throws Exception {
    client.deleteById("a1");
    client.commit();
    assertEquals(0, count("id:a1"));
    assertEquals("no orphaned quotation", 0, count("_root_:a1"));
    assertEquals(1, count("doc_type:quote"));
    assertEquals(Set.of(TEACHERS), quoteTexts("a3"));
    assertEquals(0, count("{!child of=\"doc_type:article\"}id:a1"));
  }

  @Test
  public void deletingAQuotationByIdDeletesNothing() throws Exception {
    // with _root_ in the schema, delete-by-id deletes the block whose _root_ is the id; a child's id
    // is no block's root
    assertEquals(1, count("{!term f=id}a1/quotes#0"));
    client.deleteById("a1/quotes#0");
    client.commit();
    assertEquals(1, count("{!term f=id}a1/quotes#0"));
    assertEquals(5, count("_root_:a1"));
  }

  @Test
  public void deletingByRootQueryDeletesArticleAndQuotations() throws Exception {
    client.deleteByQuery("_root_:a1");
    client.commit();
    assertEquals(0, count("_root_:a1"));
    assertEquals(1, count("doc_type:article"));
    assertEquals(1, count("doc_type:quote"));
  }

  @Test
  public void deletingAQuotationByQueryLeavesTheArticleSummaryAsItWas() throws Exception {
    // deleting children alone is possible, but the article's summary fields are not recomputed
    client.deleteByQuery("speaker:\"Peter Novak\"");
    client.commit();
    assertEquals(4, count("_root_:a1"));
    SolrDocument a1 = withQuotes("a1");
    assertEquals(3, quotesOf(a1).size());
    assertEquals(4, a1.getFieldValue("quote_count"));
    assertTrue(strings(a1, "speakers").contains(NOVAK));
  }

  // --- atomic updates ---

  @Test
  public void atomicUpdateOfAnotherFieldKeepsTheQuotations() throws Exception {
    SolrDocument before = withQuotes("a1");
    index(atomic("a1", "publisher", "set", "Evening Star"));
    SolrDocument after = withQuotes("a1");
    assertEquals("Evening Star", after.getFieldValue("publisher"));
    assertEquals(Articles.TRANSIT, after.getFieldValue("body"));
    assertEquals("Council debates transit budget", after.getFieldValue("title"));
    assertKeptQuotations(before, after);
  }

  @Test
  public void atomicUpdatesOfOtherFieldsBeforeACommitKeepTheQuotations() throws Exception {
    SolrDocument before = withQuotes("a1");
    // the document being updated is read from the update log, not the index
    new UpdateRequest().add(atomic("a1", "publisher", "set", "Evening Star")).process(client);
    new UpdateRequest().add(atomic("a1", "views_i", "inc", 5)).process(client);
    new UpdateRequest().add(atomic("a1", "tags_ss", "add", List.of("transit", "city"))).process(client);
    new UpdateRequest().add(atomic("a1", "views_i", "inc", 2)).process(client);
    client.commit();
    SolrDocument after = withQuotes("a1");
    assertEquals("Evening Star", after.getFieldValue("publisher"));
    assertEquals(7, after.getFieldValue("views_i"));
    assertEquals(List.of("transit", "city"), strings(after, "tags_ss"));
    assertKeptQuotations(before, after);
  }

  @Test
  public void atomicUpdateAsJsonKeepsTheQuotations() throws Exception {
    SolrDocument before = withQuotes("a1");
    updateJ(
        "[{\"id\":\"a1\",\"publisher\":{\"set\":\"Evening Star\"},\"title\":{\"set\":\"Transit budget passes\"}}]",
        new ModifiableSolrParams().add("commit", "true"));
    SolrDocument after = withQuotes("a1");
    assertEquals("Evening Star", after.getFieldValue("publisher"));
    assertEquals("Transit budget passes", after.getFieldValue("title"));
    assertKeptQuotations(before, after);
  }

  private static void assertKeptQuotations(SolrDocument before, SolrDocument after) throws Exception {
    assertEquals(5, count("_root_:a1"));
    assertEquals(5, count("doc_type:quote"));
    assertEquals("article", after.getFieldValue("doc_type"));
    assertEquals(4, after.getFieldValue("quote_count"));
    assertEquals(strings(before, "speakers"), strings(after, "speakers"));
    assertEquals(strings(before, "speaker_quote"), strings(after, "speaker_quote"));
    List<SolrDocument> was = quotesOf(before);
    List<SolrDocument> is = quotesOf(after);
    assertEquals(4, is.size());
    for (SolrDocument q : was) {
      SolrDocument same = quote(is, (String) q.getFieldValue("quote"));
      for (String field : List.of("id", "speaker", "kind", "cue", "occurrences", "speaker_title", "quote_start")) {
        assertEquals(field, q.getFieldValue(field), same.getFieldValue(field));
      }
    }
    // the children are still found as the article's
    assertEquals(List.of("a1"), ids(docs("q", "{!parent which=\"doc_type:article\"}speaker:\"Peter Novak\"", "fl", "id")));
    assertEquals(4, count("{!child of=\"doc_type:article\"}id:a1"));
  }

  @Test
  public void atomicUpdateOfTheBodyExtractsAgain() throws Exception {
    index(atomic("a1", "body", "set", Articles.FLOOD));
    SolrDocument a1 = withQuotes("a1");
    assertEquals(Articles.FLOOD, a1.getFieldValue("body"));
    assertEquals("other fields kept", "Daily Ledger", a1.getFieldValue("publisher"));
    assertEquals("Council debates transit budget", a1.getFieldValue("title"));
    assertEquals(2, a1.getFieldValue("quote_count"));
    assertEquals(List.of(LOPEZ, HALE), strings(a1, "speakers"));
    assertEquals(List.of(LOPEZ + "|" + WATER, HALE + "|" + CREWS), strings(a1, "speaker_quote"));
    assertEquals(Set.of(WATER, CREWS), quoteTexts("a1"));
    assertEquals("no orphan, no duplicate", 3, count("_root_:a1"));
    assertEquals(3, count("doc_type:quote"));
    assertEquals(0, count("quote:\"bus lanes\""));
    assertEquals(0, count("speaker:\"Peter Novak\""));
  }

  @Test
  public void atomicUpdateOfTheBodyAndAnotherFieldBeforeACommit() throws Exception {
    new UpdateRequest().add(atomic("a1", "publisher", "set", "Evening Star")).process(client);
    new UpdateRequest().add(atomic("a1", "body", "set", Articles.SCHOOL)).process(client);
    new UpdateRequest().add(atomic("a1", "views_i", "inc", 1)).process(client);
    client.commit();
    SolrDocument a1 = withQuotes("a1");
    assertEquals("Evening Star", a1.getFieldValue("publisher"));
    assertEquals(1, a1.getFieldValue("views_i"));
    assertEquals(List.of(BERG), strings(a1, "speakers"));
    assertEquals(Set.of(TEACHERS), quoteTexts("a1"));
    assertEquals(2, count("_root_:a1"));
  }

  @Test
  public void atomicUpdateOfTheBodyToTextWithoutQuotationsRemovesThem() throws Exception {
    index(atomic("a1", "body", "set", Articles.QUIET));
    SolrDocument a1 = withQuotes("a1");
    assertEquals(Articles.QUIET, a1.getFieldValue("body"));
    assertEquals(0, a1.getFieldValue("quote_count"));
    assertNull(a1.getFieldValue("speakers"));
    assertNull(a1.getFieldValue("speaker_quote"));
    assertTrue(quotesOf(a1).isEmpty());
    assertEquals(1, count("_root_:a1"));
    assertEquals(1, count("doc_type:quote"));
  }

  @Test
  public void atomicUpdateCreatingANewArticleExtracts() throws Exception {
    index(atomic("a9", "body", "set", Articles.SCHOOL));
    SolrDocument a9 = withQuotes("a9");
    assertEquals("article", a9.getFieldValue("doc_type"));
    assertEquals(List.of(BERG), strings(a9, "speakers"));
    assertEquals(2, count("_root_:a9"));
  }

  @Test
  public void atomicUpdateThatRemovesTheBodyKeepsTheQuotations() throws Exception {
    // only set and add give new text; removing a value is not a new body
    index(atomic("a3", "body", "remove", Articles.SCHOOL));
    SolrDocument a3 = withQuotes("a3");
    assertNull(a3.getFieldValue("body"));
    assertEquals(Set.of(TEACHERS), quoteTexts("a3"));
  }

  @Test
  public void atomicUpdateSettingTheBodyToNullRemovesTheQuotations() throws Exception {
    Map<String, Object> setNull = new HashMap<>();
    setNull.put("set", null);
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", "a3");
    doc.setField("body", setNull);
    index(doc);
    SolrDocument a3 = withQuotes("a3");
    assertNull(a3.getFieldValue("body"));
    assertEquals(0, a3.getFieldValue("quote_count"));
    assertTrue(quotesOf(a3).isEmpty());
    assertEquals(1, count("_root_:a3"));
  }

  // --- turning extraction off ---

  @Test
  public void extractionCanBeTurnedOffForARequest() throws Exception {
    SolrInputDocument doc = article("off", Articles.FLOOD);
    index(Map.of("quotes.enabled", "false"), doc);
    SolrDocument off = withQuotes("off");
    assertEquals(Articles.FLOOD, off.getFieldValue("body"));
    for (String field : QuoteFields.WRITTEN) {
      if (!field.equals(QuoteFields.DOC_TYPE)) { // no processor runs, so none is set today
        assertNull(field, off.getFieldValue(field));
      }
    }
    assertTrue(quotesOf(off).isEmpty());
    assertEquals(1, count("_root_:off"));
    assertEquals("a1's 4 and a3's 1", 5, count("doc_type:quote"));
    // the body is searchable all the same
    assertEquals(1, count("crews AND id:off"));

    // the same document without the parameter gets its quotations
    index(article("off", Articles.FLOOD));
    assertEquals(Set.of(WATER, CREWS), quoteTexts("off"));
    // and with it true as well
    index(Map.of("quotes.enabled", "true"), article("on", Articles.FLOOD));
    assertEquals(Set.of(WATER, CREWS), quoteTexts("on"));
  }

  @Test
  public void blockJoinsOnRootDocumentsHoldWithExtractionOffDocuments() throws Exception {
    // an extraction-off document and an article in one segment, the former first
    UpdateRequest off = new UpdateRequest();
    off.add(article("plain", Articles.QUIET));
    off.setParam("quotes.enabled", "false");
    off.process(client);
    new UpdateRequest().add(article("a2", Articles.FLOOD)).process(client);
    client.commit();
    // every document that is no child is a root: the parent filter that always holds
    String roots = "\"*:* -_nest_path_:*\"";
    assertEquals(2, count("{!child of=" + roots + "}id:a2"));
    assertEquals(0, count("{!child of=" + roots + "}id:plain"));
    assertEquals(List.of("a2"), ids(docs("q", "{!parent which=" + roots + "}speaker:\"Tom Hale\" AND quote:crew", "fl", "id")));
    assertTrue(quotesOf(withQuotes("plain")).isEmpty());
    assertEquals(2, quotesOf(withQuotes("a2")).size());
    // articles indexed without extraction are articles all the same
    assertEquals(0, count("{!child of=\"doc_type:article\"}id:plain"));
    assertEquals(2, count("{!child of=\"doc_type:article\"}id:a2"));
    assertEquals(
        List.of("a2"),
        ids(docs("q", "{!parent which=\"doc_type:article\"}speaker:\"Tom Hale\" AND quote:crew", "fl", "id")));
  }

  @Test
  public void reindexingWithExtractionOffDropsTheOldQuotations() throws Exception {
    index(Map.of("quotes.enabled", "false"), article("a1", Articles.TRANSIT));
    assertEquals(1, count("_root_:a1"));
    assertNull(withQuotes("a1").getFieldValue("quote_count"));
  }

  private static List<Object> ids(SolrDocumentList docs) {
    return docs.stream().map(d -> d.getFieldValue("id")).collect(Collectors.toList());
  }
}
