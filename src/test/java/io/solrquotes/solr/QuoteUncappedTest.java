package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.HALE;
import static io.solrquotes.solr.Articles.LANES;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.Articles.STATIONS;
import static io.solrquotes.solr.BadInputs.assertOffsets;
import static io.solrquotes.solr.BadInputs.assertOtherFieldsKept;
import static io.solrquotes.solr.BadInputs.withOtherFields;

import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code maxChars} raised far above the shipped 1,000,000 (system property {@code quotes.maxChars}): a
 * 20 MB body is extracted whole, in linear time and without running out of memory.
 */
public class QuoteUncappedTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    System.setProperty("quotes.maxChars", "100000000");
    startCore();
  }

  @AfterClass
  public static void afterClass() {
    System.clearProperty("quotes.maxChars");
  }

  @Test
  public void twentyMegabyteBodyIsExtractedWhole() throws Exception {
    String body = BadInputs.withAttachment(20_000_000);
    long truncated = counter("truncated");
    index(withOtherFields(article("big", body)));
    assertEquals(truncated, counter("truncated"));
    SolrDocument doc = withQuotes("big");
    assertOtherFieldsKept(doc);
    assertEquals(body, doc.getFieldValue("body"));
    assertEquals(2, doc.getFieldValue("quote_count"));
    assertEquals(List.of(LOPEZ, HALE), strings(doc, "speakers"));
    List<SolrDocument> quotes = quotesOf(doc);
    assertOffsets(quote(quotes, LANES), body);
    SolrDocument last = quote(quotes, STATIONS);
    assertEquals(HALE, last.getFieldValue("speaker"));
    assertEquals(body.length() - STATIONS.length() - 1, last.getFieldValue("quote_start"));
    assertOffsets(last, body);
  }
}
