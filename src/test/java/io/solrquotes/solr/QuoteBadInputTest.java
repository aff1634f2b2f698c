package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.LANES;
import static io.solrquotes.solr.Articles.LOPEZ;
import static io.solrquotes.solr.BadInputs.LANES_SAID;
import static io.solrquotes.solr.BadInputs.assertOffsets;
import static io.solrquotes.solr.BadInputs.assertOtherFieldsKept;
import static io.solrquotes.solr.BadInputs.withOtherFields;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Source values that are not plain prose, with the shipped configset ({@code onError=fail}): a value
 * that is not text is refused with a 400 naming the document and the field; odd text is indexed, its
 * quotations found where there are any, and the document's other fields kept as sent.
 */
public class QuoteBadInputTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  @Before
  public void clean() {
    clearIndex();
  }

  /** Indexes {@code body} as article {@code id} with the other fields, and returns it with its quotations. */
  private static SolrDocument indexed(String id, Object body) throws Exception {
    index(withOtherFields(article(id, body)));
    SolrDocument doc = withQuotes(id);
    assertOtherFieldsKept(doc);
    assertEquals("article", doc.getFieldValue("doc_type"));
    return doc;
  }

  /** The article was indexed and extracted, and holds no quotation. */
  private static void assertNoQuotations(SolrDocument doc) throws Exception {
    assertEquals(0, doc.getFieldValue("quote_count"));
    assertEquals(0, doc.getFieldValue("claim_count"));
    assertNull(doc.getFieldValue("speakers"));
    assertNull(doc.getFieldValue("speaker_quote"));
    assertTrue(quotesOf(doc).isEmpty());
    assertEquals(1, count("_root_:\"" + doc.getFieldValue("id") + "\""));
  }

  /** The one quotation of {@code doc}: its words, speaker, and offsets into {@code body}. */
  private static SolrDocument onlyQuote(SolrDocument doc, String body, String words, String speaker) {
    List<SolrDocument> quotes = quotesOf(doc);
    assertEquals(quotes.toString(), 1, quotes.size());
    SolrDocument q = quotes.get(0);
    assertEquals(words, q.getFieldValue("quote"));
    assertEquals(speaker, q.getFieldValue("speaker"));
    assertEquals(1, doc.getFieldValue("quote_count"));
    assertOffsets(q, body);
    return q;
  }

  private static void assertNothingIndexed(String id) throws Exception {
    client.commit();
    assertEquals(0, count("_root_:\"" + id + "\""));
    assertEquals(0, count("id:\"" + id + "\""));
  }

  // --- empty and missing text ---

  @Test
  public void emptyBodyIsIndexedWithoutQuotations() throws Exception {
    long docs = counter("docs");
    SolrDocument doc = indexed("empty", "");
    assertNoQuotations(doc);
    assertEquals("", doc.getFieldValue("body"));
    assertEquals(docs + 1, counter("docs"));
  }

  @Test
  public void whitespaceOnlyBodyIsIndexedWithoutQuotations() throws Exception {
    String blank = " \n\t\r\n \u00a0\u2003\n\n ";
    SolrDocument doc = indexed("blank", blank);
    assertNoQuotations(doc);
    assertEquals(blank, doc.getFieldValue("body"));
  }

  @Test
  public void nullBodyIsNoText() throws Exception {
    // a null value reached the processor as a field without values, which it did not expect (NPE)
    long failed = counter("failed");
    SolrDocument doc = indexed("null", null);
    assertNoQuotations(doc);
    assertNull(doc.getFieldValue("body"));
    assertEquals(failed, counter("failed"));
  }

  @Test
  public void atomicUpdateSettingTheBodyToNullRemovesItAndItsQuotations() throws Exception {
    index(withOtherFields(article("a1", LANES_SAID)));
    assertEquals(2, count("_root_:a1"));
    SolrInputDocument update = new SolrInputDocument();
    update.setField("id", "a1");
    update.setField("body", Collections.singletonMap("set", null));
    index(update);
    SolrDocument doc = withQuotes("a1");
    assertNull(doc.getFieldValue("body"));
    assertNoQuotations(doc);
    assertOtherFieldsKept(doc);
  }

  // --- values that are not text ---

  /**
   * {@code doc} is refused with a 400 naming it, the field body and {@code why}, and counted as failed;
   * nothing of it is indexed.
   */
  private static void assertRefused(SolrInputDocument doc, String why) throws Exception {
    String id = (String) doc.getFieldValue("id");
    long failed = counter("failed");
    SolrException e = refused(doc);
    assertNamesDocAndField(e, id);
    assertTrue(e.getMessage(), e.getMessage().contains(why));
    assertNothingIndexed(id);
    assertEquals(failed + 1, counter("failed"));
  }

  @Test
  public void byteArrayBodyIsRefused() throws Exception {
    assertRefused(article("bytes", LANES_SAID.getBytes(StandardCharsets.UTF_8)), "byte[], not text");
  }

  @Test
  public void mapThatIsNoAtomicUpdateIsRefused() throws Exception {
    // before: Solr refused it as an "Unknown operation for the an atomic update: lang", naming no field
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("lang", "en");
    body.put("text", LANES_SAID);
    assertRefused(article("map", body), "a map with keys [lang, text], which is neither text nor an atomic update");
  }

  @Test
  public void childDocumentAsBodyIsRefused() throws Exception {
    // before: taken for an atomic update without new text, so the article was indexed with no quotations
    // and the child document stored under the label "body"
    SolrInputDocument child = new SolrInputDocument();
    child.setField("id", "child-1");
    child.setField("title", LANES_SAID);
    assertRefused(article("nested", child), "a child document, not text");
    assertEquals(0, count("id:child-1"));
  }

  @Test
  public void jsonObjectAsBodyIsRefused() throws Exception {
    // Solr's JSON loader makes a nested object a child document
    SolrException e = refusedJson("[{\"id\":\"json-object\",\"body\":{\"title\":\"We said so.\"}}]");
    assertNamesDocAndField(e, "json-object");
    assertTrue(e.getMessage(), e.getMessage().contains("a child document, not text"));
    assertNothingIndexed("json-object");
  }

  @Test
  public void severalBodiesAreRefusedBySolr() throws Exception {
    // body is single-valued in the shipped schema; Solr's own check names document and field
    SolrException e = refused(article("two", List.of(LANES_SAID, Articles.SCHOOL)));
    assertEquals(e.getMessage(), 400, e.code());
    assertTrue(e.getMessage(), e.getMessage().contains("[doc=two] multiple values encountered for non multiValued field body"));
    assertNothingIndexed("two");
  }

  @Test
  public void documentWithoutIdIsRefusedForItsMissingId() throws Exception {
    // with text, with a value that is not text, and as JSON: no NullPointerException, and Solr's reason
    SolrInputDocument text = withOtherFields(new SolrInputDocument());
    text.setField("body", LANES_SAID);
    SolrInputDocument number = new SolrInputDocument();
    number.setField("body", 5);
    for (SolrInputDocument doc : List.of(text, number)) {
      SolrException e = refused(doc);
      assertEquals(e.getMessage(), 400, e.code());
      assertEquals("Document is missing mandatory uniqueKey field: id", e.getMessage());
    }
    SolrException e = refusedJson("[{\"body\":" + jsonString(LANES_SAID) + "}]");
    assertEquals(e.getMessage(), 400, e.code());
    assertEquals("Document is missing mandatory uniqueKey field: id", e.getMessage());
    client.commit();
    assertEquals(0, count("*:*"));
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  // --- odd text ---

  @Test
  public void controlCharactersAreIndexedAsSent() throws Exception {
    String body =
        "Intro\u0000 text\u0007 here\u000b.\u001f \"We will fix\u0000 the roads this year,\" Maria Lopez said. \u007f\ufffe\uffff end";
    SolrInputDocument sent = withOtherFields(article("control", body));
    sent.setField("title", "Council\u0000 debates\u0007 transit budget");
    sent.setField("note_s", "a\u0000b\u000bc");
    index(sent);
    SolrDocument doc = withQuotes("control");
    assertEquals(body, doc.getFieldValue("body"));
    assertEquals("Council\u0000 debates\u0007 transit budget", doc.getFieldValue("title"));
    assertEquals("a\u0000b\u000bc", doc.getFieldValue("note_s"));
    assertEquals(BadInputs.PUBLISHER, doc.getFieldValue("publisher"));
    SolrDocument q = onlyQuote(doc, body, "We will fix\u0000 the roads this year,", LOPEZ);
    assertEquals("said", q.getFieldValue("cue"));
    assertEquals(1, count("body:intro"));
    assertEquals(1, count("title:debates"));
  }

  @Test
  public void loneSurrogatesAreStoredAsReplacementCharacters() throws Exception {
    // Lucene stores text as UTF-8, which has no code for half a surrogate pair: U+FFFD takes its place,
    // one char for one, so the offsets still hold
    String body = "\ud800 " + LANES_SAID + " \udc00 \"Nobody will be left \udbff behind,\" she added.";
    index(withOtherFields(article("halves", body)));
    SolrDocument doc = withQuotes("halves");
    assertOtherFieldsKept(doc);
    String stored = (String) doc.getFieldValue("body");
    assertEquals(body.replace('\ud800', '\ufffd').replace('\udc00', '\ufffd').replace('\udbff', '\ufffd'), stored);
    List<SolrDocument> quotes = quotesOf(doc);
    assertEquals(2, quotes.size());
    assertOffsets(quote(quotes, LANES), stored);
    assertEquals(LOPEZ, quote(quotes, "Nobody will be left \ufffd behind,").getFieldValue("speaker"));
    assertOffsets(quote(quotes, "Nobody will be left \ufffd behind,"), stored);
  }

  @Test
  public void offsetsCountTheCharsOfCharactersOutsideTheBmp() throws Exception {
    // each of these takes two chars (a surrogate pair): a code-point offset would be off by one per character
    String body =
        "\ud83d\ude00\ud835\udc9c " + LANES_SAID + " \ud83c\udf89 \"Nobody \ud835\udc9c will be left behind,\" she added.";
    SolrDocument doc = indexed("astral", body);
    assertEquals(body, doc.getFieldValue("body"));
    List<SolrDocument> quotes = quotesOf(doc);
    assertEquals(2, quotes.size());
    SolrDocument lanes = quote(quotes, LANES);
    assertOffsets(lanes, body);
    assertEquals(body.indexOf(LANES), lanes.getFieldValue("quote_start"));
    assertEquals(body.indexOf("Maria"), lanes.getFieldValue("speaker_start"));
    SolrDocument nobody = quote(quotes, "Nobody \ud835\udc9c will be left behind,");
    assertOffsets(nobody, body);
    assertEquals("she", nobody.getFieldValue("speaker_mention"));
    assertEquals(LOPEZ, nobody.getFieldValue("speaker"));
  }

  @Test
  public void markupIsSteppedOver() throws Exception {
    // before: the tokenizer glued a tag's brackets to the words beside them, so the mention was
    // ">Maria Lopez" or the speaker "Maria Lopez<", or no speaker was found at all
    String body =
        "<article><h1 title=\"A &quot;big&quot; day\">Transit</h1>\n"
            + "<p class=\"lead\">Maria Lopez said <b>\"" + LANES + "\"</b> on Monday.</p>"
            + "<p>\"Riders deserve better service,\" said <a href=\"/people/tom-hale\">Tom Hale</a></p>"
            + "<p>Anna Berg arrived late.</p><p><i>\"Teachers were consulted at every step,\"</i> <em>she</em> said.</p>"
            + "</article>";
    SolrDocument doc = indexed("markup", body);
    assertEquals(body, doc.getFieldValue("body"));
    List<SolrDocument> quotes = quotesOf(doc);
    assertEquals("attribute values are no quotations: " + quotes, 3, quotes.size());
    SolrDocument lanes = quote(quotes, LANES);
    assertEquals(LOPEZ, lanes.getFieldValue("speaker"));
    assertEquals(LOPEZ, lanes.getFieldValue("speaker_mention"));
    SolrDocument riders = quote(quotes, "Riders deserve better service,");
    assertEquals(Articles.HALE, riders.getFieldValue("speaker"));
    assertEquals(Articles.HALE, riders.getFieldValue("speaker_mention"));
    SolrDocument teachers = quote(quotes, "Teachers were consulted at every step,");
    assertEquals(Articles.BERG, teachers.getFieldValue("speaker"));
    assertEquals("she", teachers.getFieldValue("speaker_mention"));
    for (SolrDocument q : quotes) {
      assertOffsets(q, body);
    }
    assertEquals(List.of(LOPEZ, Articles.HALE, Articles.BERG), strings(doc, "speakers"));
  }

  @Test
  public void unbalancedAndUnmatchedMarks() throws Exception {
    // left open: the quotation runs to its paragraph's end and no further
    String open = "Maria Lopez said: \"We will fix the roads this year and the bridges next year.\n\nThe council met later.";
    onlyQuote(indexed("open", open), open, "We will fix the roads this year and the bridges next year.", LOPEZ);
    // a closing mark alone: no quotation; the words before it are read as reported speech
    String close = "We will fix the roads this year,\" Maria Lopez said.\n\nThe council met later.";
    SolrDocument closed = indexed("close", close);
    assertEquals(0, closed.getFieldValue("quote_count"));
    assertEquals(1, closed.getFieldValue("claim_count"));
    SolrDocument claim = quotesOf(closed).get(0);
    assertEquals("claim", claim.getFieldValue("doc_type"));
    assertEquals("We will fix the roads this year", claim.getFieldValue("quote"));
    assertEquals(LOPEZ, claim.getFieldValue("speaker"));
    // a curly opening and a straight closing mark make a pair
    String mixed = "\u201c" + LANES + "\" Maria Lopez said.";
    onlyQuote(indexed("mixed", mixed), mixed, LANES, LOPEZ);
    // marks with nothing to pair with: closing ones first, opening ones last, single ones apart
    String stray = "\u201d\u201d\u201c \u00bb\u00ab Maria Lopez said \u2018 and \u2019 then.\n\n\"";
    assertNoQuotations(indexed("stray", stray));
  }

  @Test
  public void hundredThousandMarksInOneParagraph() throws Exception {
    // 50,000 two-word scare quotes, then a quotation in the same paragraph: quadratic before
    String body = "\"a\" ".repeat(50_000) + LANES_SAID;
    assertEquals(100_002, body.chars().filter(c -> c == '"').count());
    SolrDocument doc = indexed("marks", body);
    onlyQuote(doc, body, LANES, LOPEZ);
    assertEquals(body, doc.getFieldValue("body"));
  }

  @Test
  public void longQuotationIsIndexed() throws Exception {
    // a quotation of more than 32,766 bytes: Lucene refused the whole article for the speaker|quote pair
    // ("immense term in field speaker_quote"), in either onError mode
    String words = "We will fix every road and every bridge in this city. ".repeat(1_000).strip();
    String body = "Maria Lopez said: \"" + words + "\"\n\nThe council met later.";
    SolrDocument doc = indexed("long-quote", body);
    onlyQuote(doc, body, words, LOPEZ);
    assertEquals(List.of((LOPEZ + "|" + words).substring(0, QuoteFields.MAX_TERM_CHARS)), strings(doc, "speaker_quote"));
    assertEquals(1, count("quote:bridge"));
  }

  @Test
  public void longNameIsIndexed() throws Exception {
    // a run of capitalised words as long as the text is the fullest form of the speaker's surname: Lucene
    // refused the article for its speaker (the mention is cut with its sentence, at 2,000 characters)
    String run = "Aa ".repeat(12_000) + "Lopez";
    String body = run + " arrived on Monday.\n\n\"" + LANES + "\" said Lopez.";
    SolrDocument doc = indexed("long-name", body);
    List<SolrDocument> quotes = quotesOf(doc);
    assertEquals(1, quotes.size());
    SolrDocument q = quotes.get(0);
    assertEquals(LANES, q.getFieldValue("quote"));
    assertEquals("Lopez", q.getFieldValue("speaker_mention"));
    assertOffsets(q, body);
    String speaker = (String) q.getFieldValue("speaker");
    assertEquals(QuoteFields.MAX_TERM_CHARS, speaker.length());
    assertTrue(speaker, speaker.startsWith("Aa Aa Aa "));
    assertEquals(List.of(speaker), strings(doc, "speakers"));
    assertEquals("the pair is all speaker", List.of(speaker), strings(doc, "speaker_quote"));
  }

  @Test
  public void twentyMegabyteBodyIsCutAtTheShippedCapAndStoredWhole() throws Exception {
    String body = BadInputs.withAttachment(20_000_000);
    long truncated = counter("truncated");
    SolrDocument doc = indexed("big", body);
    assertEquals(truncated + 1, counter("truncated"));
    // quotations in the first 1,000,000 characters only
    onlyQuote(doc, body, LANES, LOPEZ);
    assertEquals(0, count("quote:station"));
    // the body itself is indexed and stored whole
    assertEquals(body, doc.getFieldValue("body"));
    assertEquals(1, count("body:governor AND body:station"));
  }

  @Test
  public void otherScriptsWithTheirOwnMarks() throws Exception {
    // guillemets are quotation marks; the English attribution finds no speaker in other languages, and an
    // unattributed quotation is kept only when it has more than four words
    String russian = "\u00ab\u041c\u044b \u043e\u0442\u0440\u0435\u043c\u043e\u043d\u0442\u0438\u0440\u0443\u0435\u043c"
        + " \u0434\u043e\u0440\u043e\u0433\u0438 \u0432 \u044d\u0442\u043e\u043c \u0433\u043e\u0434\u0443\u00bb, \u2014"
        + " \u0441\u043a\u0430\u0437\u0430\u043b\u0430 \u041c\u0430\u0440\u0438\u044f \u041b\u043e\u043f\u0435\u0441.";
    SolrDocument ru = indexed("ru", russian);
    SolrDocument q = onlyQuote(ru, russian, russian.substring(1, russian.indexOf('\u00bb')), QuoteFields.UNKNOWN_SPEAKER);
    assertEquals("direct", q.getFieldValue("kind"));
    assertNull(q.getFieldValue("cue"));
    assertNull(ru.getFieldValue("speakers"));

    String arabic = "\u0642\u0627\u0644\u062a \u0645\u0627\u0631\u064a\u0627 \u0644\u0648\u0628\u064a\u0632: \u00ab"
        + "\u0633\u0646\u0635\u0644\u062d \u0643\u0644 \u0627\u0644\u0637\u0631\u0642 \u0641\u064a"
        + " \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0647\u0630\u0627 \u0627\u0644\u0639\u0627\u0645\u00bb.";
    SolrDocument ar = indexed("ar", arabic);
    onlyQuote(ar, arabic, arabic.substring(arabic.indexOf('\u00ab') + 1, arabic.indexOf('\u00bb')), QuoteFields.UNKNOWN_SPEAKER);

    // corner brackets are not quotation marks to the scanner, and CJK text has no spaces between words
    String japanese = "\u30ed\u30da\u30b9\u5e02\u9577\u306f\u300c\u4eca\u5e74\u4e2d\u306b\u9053\u8def\u3092\u76f4"
        + "\u3057\u307e\u3059\u300d\u3068\u8ff0\u3079\u305f\u3002";
    SolrDocument ja = indexed("ja", japanese);
    assertNoQuotations(ja);
    assertEquals(japanese, ja.getFieldValue("body"));
    String chinese = "\u5e02\u957f\u8bf4\uff1a\u201c\u6211\u4eec\u4eca\u5e74\u4f1a\u4fee\u597d\u9053\u8def\u3002\u201d";
    assertNoQuotations(indexed("zh", chinese));
  }
}
