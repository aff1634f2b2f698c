package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.BUDGET;
import static io.solrquotes.solr.Articles.HALE;
import static io.solrquotes.solr.Articles.LANES;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.Articles.NOVAK;
import static io.solrquotes.solr.Articles.RIDERS;
import static io.solrquotes.solr.Articles.STATIONS;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** What one article with several speakers gets: summary fields, quotation children, text search. */
public class QuoteSpeakersTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  @Before
  public void indexTransitArticle() throws Exception {
    clearIndex();
    SolrInputDocument doc = article("a1", Articles.TRANSIT);
    doc.setField("title", "Council debates transit budget");
    doc.setField("publisher", "Daily Ledger");
    index(doc);
  }

  @Test
  public void articleHasSpeakersCountAndPairs() throws Exception {
    SolrDocument a1 = withQuotes("a1");
    assertEquals("article", a1.getFieldValue("doc_type"));
    // in order of first appearance, each once
    assertEquals(List.of(LOPEZ, HALE, NOVAK), strings(a1, "speakers"));
    // Lopez says LANES twice: one distinct quotation
    assertEquals(4, a1.getFieldValue("quote_count"));
    assertEquals(
        List.of(LOPEZ + "|" + LANES, HALE + "|" + STATIONS, LOPEZ + "|" + RIDERS, NOVAK + "|" + BUDGET),
        strings(a1, "speaker_quote"));
    // the article keeps what was sent
    assertEquals(Articles.TRANSIT, a1.getFieldValue("body"));
    assertEquals("Daily Ledger", a1.getFieldValue("publisher"));
  }

  @Test
  public void childrenDescribeEachDistinctQuotation() throws Exception {
    List<SolrDocument> quotes = quotesOf(withQuotes("a1"));
    assertEquals(4, quotes.size());
    for (SolrDocument q : quotes) {
      assertEquals("quote", q.getFieldValue("doc_type"));
      assertEquals("direct", q.getFieldValue("kind"));
      assertEquals("said", q.getFieldValue("cue"));
      assertEquals("person", q.getFieldValue("speaker_type"));
      assertEquals("body", q.getFieldValue("source_field"));
      assertNotNull(q.getFieldValue("id"));
      // offsets point at the quoted words in the body
      int start = (Integer) q.getFieldValue("quote_start");
      int end = (Integer) q.getFieldValue("quote_end");
      assertEquals(q.getFieldValue("quote"), Articles.TRANSIT.substring(start, end));
      float confidence = (Float) q.getFieldValue("confidence");
      assertTrue("confidence " + confidence, confidence > 0.5f && confidence <= 1f);
    }
    assertEquals(
        "child ids are distinct",
        4,
        quotes.stream().map(q -> q.getFieldValue("id")).collect(Collectors.toSet()).size());

    SolrDocument lanes = quote(quotes, LANES);
    assertEquals(LOPEZ, lanes.getFieldValue("speaker"));
    assertEquals(LOPEZ, lanes.getFieldValue("speaker_mention"));
    assertEquals("said twice, stored once", 2, lanes.getFieldValue("occurrences"));
    assertNull("no title written for her", lanes.getFieldValue("speaker_title"));
    // the first occurrence's offsets and sentence
    assertEquals(Articles.TRANSIT.indexOf(LANES), lanes.getFieldValue("quote_start"));
    assertEquals("\"" + LANES + "\" Maria Lopez said.", lanes.getFieldValue("sentence"));

    SolrDocument stations = quote(quotes, STATIONS);
    assertEquals(HALE, stations.getFieldValue("speaker"));
    assertEquals("Governor", stations.getFieldValue("speaker_title"));
    assertEquals("Governor Tom Hale", stations.getFieldValue("speaker_mention"));
    assertEquals(1, stations.getFieldValue("occurrences"));
    int speakerStart = (Integer) stations.getFieldValue("speaker_start");
    int speakerEnd = (Integer) stations.getFieldValue("speaker_end");
    assertEquals("Governor Tom Hale", Articles.TRANSIT.substring(speakerStart, speakerEnd));

    assertEquals(LOPEZ, quote(quotes, RIDERS).getFieldValue("speaker"));
    assertEquals(1, quote(quotes, RIDERS).getFieldValue("occurrences"));
    assertEquals(NOVAK, quote(quotes, BUDGET).getFieldValue("speaker"));
  }

  @Test
  public void childrenAreIndexedUnderTheArticle() throws Exception {
    assertEquals(4, count("doc_type:quote"));
    assertEquals(1, count("doc_type:article"));
    assertEquals("article and its quotations share _root_", 5, count("_root_:a1"));
    assertEquals(4, count("_nest_path_:\\/quotes"));
    SolrDocumentList children = docs("q", "doc_type:quote", "fl", "id,_nest_parent_");
    for (SolrDocument child : children) {
      assertEquals("a1", child.getFieldValue("_nest_parent_"));
    }
  }

  @Test
  public void speakerTextSearchFindsTheirQuotations() throws Exception {
    SolrDocumentList lopez = docs("q", "speaker_t:lopez", "fl", "quote,speaker");
    assertEquals(2, lopez.getNumFound());
    assertEquals(Set.of(LANES, RIDERS), lopez.stream().map(d -> d.getFieldValue("quote")).collect(Collectors.toSet()));
    assertEquals(1, count("speaker_t:hale"));
    assertEquals("case and word order of the name do not matter", 2, count("speaker_t:(MARIA AND lopez)"));
    assertEquals(0, count("speaker_t:governor"));
    // the exact name, on the string field
    assertEquals(2, count("speaker:\"Maria Lopez\""));
    assertEquals(0, count("speaker:lopez"));
  }

  @Test
  public void quotationTextSearchIsStemmed() throws Exception {
    // "funding" is indexed; "funded" and "funds" stem to the same word
    assertSpeakerOf("quote:funded", HALE);
    assertSpeakerOf("quote:funds", HALE);
    // "Riders" ← "rider"; "run" ← "running"; "lanes" ← "lane"
    assertSpeakerOf("quote:rider", LOPEZ);
    assertSpeakerOf("quote:running", NOVAK);
    assertSpeakerOf("quote:\"bus lane\"", LOPEZ);
    // a phrase across words that are not adjacent does not match
    assertEquals(0, count("quote:\"bus station\""));
    // quotations hold only the quoted words, not the attribution
    assertEquals(0, count("quote:said"));
    // and the article body is searched through its default field
    assertEquals(1, count("treasurer"));
  }

  private static void assertSpeakerOf(String q, String speaker) throws Exception {
    SolrDocumentList found = docs("q", q, "fl", "speaker,doc_type");
    assertEquals(q, 1, found.getNumFound());
    assertEquals(q, "quote", found.get(0).getFieldValue("doc_type"));
    assertEquals(q, speaker, found.get(0).getFieldValue("speaker"));
  }

  @Test
  public void articleWithoutQuotationsHasNoSpeakersOrChildren() throws Exception {
    index(article("quiet", Articles.QUIET));
    SolrDocument quiet = withQuotes("quiet");
    assertEquals("article", quiet.getFieldValue("doc_type"));
    assertEquals(0, quiet.getFieldValue("quote_count"));
    assertNull(quiet.getFieldValue("speakers"));
    assertNull(quiet.getFieldValue("speaker_quote"));
    assertTrue(quotesOf(quiet).isEmpty());
    assertEquals(1, count("_root_:quiet"));
  }

  @Test
  public void xmlResponseShowsTheSameFields() throws Exception {
    // with a field list, the children's label must be in it, and the children's own fl can only
    // narrow the top-level one
    assertQ(
        req("q", "id:a1", "fl", "id,speakers,quote_count,[child]"),
        "//result/doc/int[@name='quote_count'][.='4']",
        "count(//result/doc/arr[@name='quotes'])=0");
    assertQ(
        req("q", "id:a1", "fl", "id,speakers,quote_count,quotes,quote,occurrences,[child fl='id,quote,occurrences']"),
        "//result/@numFound=1",
        "//result/doc/int[@name='quote_count'][.='4']",
        "count(//result/doc/arr[@name='speakers']/str)=3",
        "//result/doc/arr[@name='speakers']/str[1][.='Maria Lopez']",
        "count(//result/doc/arr[@name='quotes']/doc)=4",
        "count(//arr[@name='quotes']/doc/*[@name='speaker'])=0",
        "//arr[@name='quotes']/doc[str[@name='quote'][.='" + LANES + "']]/int[@name='occurrences'][.='2']");
  }
}
