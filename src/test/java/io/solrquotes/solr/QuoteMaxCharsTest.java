package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.LANES;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.Articles.STATIONS;

import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** A small {@code maxChars} (system property {@code quotes.maxChars}, read by the shipped solrconfig). */
public class QuoteMaxCharsTest extends QuoteSolrTestCase {

  private static final int MAX_CHARS = 150;

  private static final String FIRST = "\"" + LANES + "\" Maria Lopez said.";
  private static final String SECOND = "The council adjourned after midnight.";
  /** The cap falls inside this one's quotation. */
  private static final String THIRD = "Governor Tom Hale said: \"" + STATIONS + "\"";

  private static final String LONG = FIRST + " " + SECOND + " " + THIRD + " The vote is next week.";

  @BeforeClass
  public static void beforeClass() throws Exception {
    System.setProperty("quotes.maxChars", Integer.toString(MAX_CHARS));
    startCore();
  }

  @AfterClass
  public static void afterClass() {
    System.clearProperty("quotes.maxChars");
  }

  @Before
  public void clean() {
    clearIndex();
  }

  @Test
  public void theTextMeetsTheTestsAssumptions() {
    int sentenceEnd = LONG.indexOf(SECOND) + SECOND.length();
    assertTrue(sentenceEnd < MAX_CHARS);
    assertTrue(LONG.indexOf(STATIONS) < MAX_CHARS);
    assertTrue(LONG.indexOf(STATIONS) + STATIONS.length() > MAX_CHARS);
    assertEquals(FIRST + " " + SECOND, SentenceCut.before(LONG, MAX_CHARS));
  }

  @Test
  public void longBodyIsCutAtASentenceEndAndOnlyEarlierQuotationsAreStored() throws Exception {
    long truncated = counter("truncated");
    index(article("long", LONG));
    assertEquals(truncated + 1, counter("truncated"));

    SolrDocument doc = withQuotes("long");
    assertEquals("the body is stored whole", LONG, doc.getFieldValue("body"));
    assertEquals(1, doc.getFieldValue("quote_count"));
    assertEquals(List.of(LOPEZ), strings(doc, "speakers"));
    List<SolrDocument> quotes = quotesOf(doc);
    assertEquals(1, quotes.size());
    assertEquals(LANES, quotes.get(0).getFieldValue("quote"));
    assertEquals(FIRST, quotes.get(0).getFieldValue("sentence"));
    // no half quotation from the words before the cap
    assertEquals(0, count("speaker:\"Tom Hale\""));
    assertEquals(0, count("quote:funding"));
    assertEquals(2, count("_root_:long"));
    // the whole body is searchable all the same
    assertEquals(1, count("body:station"));
  }

  @Test
  public void bodyWithinTheCapIsNotCut() throws Exception {
    long truncated = counter("truncated");
    String text = FIRST + " " + THIRD;
    assertTrue(text.length() <= MAX_CHARS);
    index(article("short", text));
    assertEquals(truncated, counter("truncated"));
    assertEquals(2, withQuotes("short").getFieldValue("quote_count"));
  }

  @Test
  public void bodyOfExactlyTheCapIsNotCut() throws Exception {
    String text = FIRST + " " + THIRD;
    text = text + " " + "x".repeat(MAX_CHARS - text.length() - 1);
    assertEquals(MAX_CHARS, text.length());
    long truncated = counter("truncated");
    index(article("exact", text));
    assertEquals(truncated, counter("truncated"));
    assertEquals(2, withQuotes("exact").getFieldValue("quote_count"));
  }
}
