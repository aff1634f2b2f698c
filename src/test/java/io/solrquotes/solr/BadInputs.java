package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.LANES;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/** Texts and checks shared by the tests of bad and pathological input. */
final class BadInputs {

  private BadInputs() {}

  /** One quotation, {@link Articles#LANES} by Maria Lopez. */
  static final String LANES_SAID = "\"" + LANES + "\" Maria Lopez said.";

  /**
   * A body of {@code chars} characters: {@link #LANES_SAID}, then an attachment pasted in as base64 on
   * one line (no quotation marks, no spaces, no sentence ends), then Governor Tom Hale's {@link
   * Articles#STATIONS}.
   */
  static String withAttachment(int chars) {
    String before = LANES_SAID + "\n";
    String after = "\nGovernor Tom Hale said: \"" + Articles.STATIONS + "\"";
    byte[] attachment = new byte[(chars - before.length() - after.length()) / 4 * 3];
    new Random(7).nextBytes(attachment);
    String text = before + Base64.getEncoder().encodeToString(attachment) + after;
    assertEquals(chars, text.length(), 3);
    return text;
  }

  static final String TITLE = "Council debates transit budget";
  static final String URL = "https://news.example/transit";
  static final Date DATE = Date.from(Instant.parse("2025-03-14T09:30:00Z"));
  static final String PUBLISHER = "Daily Ledger";
  static final String SECTION = "city";
  static final List<String> TAGS = List.of("transit", "budget");

  /** {@code doc} with fields besides the source field, which extraction must leave as they are. */
  static SolrInputDocument withOtherFields(SolrInputDocument doc) {
    doc.setField("title", TITLE);
    doc.setField("url", URL);
    doc.setField("date", DATE);
    doc.setField("publisher", PUBLISHER);
    doc.setField("section_s", SECTION);
    doc.setField("tags_ss", TAGS);
    return doc;
  }

  /** The fields {@link #withOtherFields} set, as they were sent. */
  static void assertOtherFieldsKept(SolrDocument doc) {
    assertEquals(TITLE, doc.getFieldValue("title"));
    assertEquals(URL, doc.getFieldValue("url"));
    assertEquals(DATE, doc.getFieldValue("date"));
    assertEquals(PUBLISHER, doc.getFieldValue("publisher"));
    assertEquals(SECTION, doc.getFieldValue("section_s"));
    assertEquals(TAGS, List.copyOf(doc.getFieldValues("tags_ss")));
  }

  /**
   * The quotation child's stored offsets hold its words in {@code body} (Java {@code String}
   * offsets), and its speaker offsets the mention.
   */
  static void assertOffsets(SolrDocument quote, String body) {
    int start = (Integer) quote.getFieldValue("quote_start");
    int end = (Integer) quote.getFieldValue("quote_end");
    assertEquals(quote.getFieldValue("quote"), body.substring(start, end));
    Object mention = quote.getFieldValue("speaker_mention");
    if (mention != null) {
      int s = (Integer) quote.getFieldValue("speaker_start");
      int e = (Integer) quote.getFieldValue("speaker_end");
      assertEquals(mention, body.substring(s, e));
    }
  }
}
