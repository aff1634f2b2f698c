package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.BUDGET;
import static io.solrquotes.solr.Articles.LANES;
import static io.solrquotes.solr.Articles.STATIONS;

import io.solrquotes.extract.QuoteExtractor;
import io.solrquotes.extract.QuoteKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.junit.BeforeClass;
import org.junit.Test;

/** The factory's init parameters and its checks against the core's schema. */
public class QuoteFactoryConfigTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  /** init params as solrconfig.xml gives them: name, value, name, value… */
  private static NamedList<Object> args(Object... pairs) {
    NamedList<Object> args = new NamedList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      args.add((String) pairs[i], pairs[i + 1]);
    }
    return args;
  }

  private static QuoteExtractionUpdateProcessorFactory factory(Object... pairs) {
    QuoteExtractionUpdateProcessorFactory factory = new QuoteExtractionUpdateProcessorFactory();
    factory.init(args(pairs));
    return factory;
  }

  /** init fails with a server error whose message holds every one of {@code words}. */
  private static void assertRefused(NamedList<Object> args, String... words) {
    SolrException e =
        expectThrows(SolrException.class, () -> new QuoteExtractionUpdateProcessorFactory().init(args));
    assertEquals(e.getMessage(), SolrException.ErrorCode.SERVER_ERROR.code, e.code());
    for (String word : words) {
      assertTrue("'" + word + "' not in: " + e.getMessage(), e.getMessage().contains(word));
    }
  }

  // --- init ---

  @Test
  public void unknownParamIsNamed() {
    assertRefused(args("fieldName", "body", "feildRegex", ".*_t"), "feildRegex");
    assertRefused(args("fieldName", "body", "maxchars", 10, "kind", "direct"), "maxchars", "kind");
  }

  @Test
  public void fieldsToReadAreRequired() {
    assertRefused(args(), "fieldName", "fieldRegex");
    assertRefused(args("kinds", "direct"), "fieldName", "fieldRegex");
    assertRefused(args("fieldName", List.of()), "fieldName", "fieldRegex");
    assertRefused(args("fieldName", " , "), "fieldName", "fieldRegex");
  }

  @Test
  public void fieldNamesMustBeText() {
    assertRefused(args("fieldName", 7), "fieldName");
    assertRefused(args("fieldName", List.of("body", "")), "fieldName");
  }

  @Test
  public void badFieldRegexIsNamed() {
    assertRefused(args("fieldRegex", "(unclosed"), "fieldRegex");
    assertRefused(args("fieldName", "body", "fieldRegex", "*_t"), "fieldRegex");
  }

  @Test
  public void unknownKindIsNamed() {
    assertRefused(args("fieldName", "body", "kinds", List.of("direct", "indirect")), "kinds", "indirect");
    assertRefused(args("fieldName", "body", "kinds", "reported"), "kinds", "reported");
  }

  @Test
  public void badOnErrorIsNamed() {
    assertRefused(args("fieldName", "body", "onError", "ignore"), "onError", "ignore");
    assertRefused(args("fieldName", "body", "onError", ""), "onError");
  }

  @Test
  public void negativeMinLengthIsNamed() {
    assertRefused(args("fieldName", "body", "minLength", -1), "minLength", "-1");
    assertRefused(args("fieldName", "body", "minLength", "-5"), "minLength");
    assertRefused(args("fieldName", "body", "minLength", "short"), "minLength", "short");
  }

  @Test
  public void badMaxCharsIsNamed() {
    assertRefused(args("fieldName", "body", "maxChars", 0), "maxChars", "0");
    assertRefused(args("fieldName", "body", "maxChars", "0"), "maxChars");
    assertRefused(args("fieldName", "body", "maxChars", "lots"), "maxChars", "lots");
    assertRefused(args("fieldName", "body", "maxChars", "1.5"), "maxChars");
    assertRefused(args("fieldName", "body", "maxChars", 10_000_000_000L), "maxChars");
  }

  @Test
  public void validParamsAreRead() {
    QuoteExtractionUpdateProcessorFactory f =
        factory(
            "fieldName", List.of("body", "lead"), "fieldName", "summary, extra", "fieldRegex", ".*_body_t",
            "kinds", List.of("DIRECT"), "minLength", "0", "maxChars", 500, "onError", " Skip ");
    assertTrue(f.reads("body"));
    assertTrue(f.reads("lead"));
    assertTrue(f.reads("summary"));
    assertTrue(f.reads("extra"));
    assertTrue(f.reads("x_body_t"));
    assertFalse(f.reads("title"));
    assertFalse(f.reads("x_body_t_more"));
    assertEquals(EnumSet.of(QuoteKind.DIRECT), f.kinds());
    assertEquals(0, f.minLength());
    assertEquals(500, f.maxChars());
    assertEquals(QuoteExtractionUpdateProcessorFactory.OnError.SKIP, f.onError());
  }

  @Test
  public void defaults() {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldRegex", "body");
    assertTrue(f.reads("body"));
    assertEquals(EnumSet.of(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.CLAIM), f.kinds());
    assertEquals(1, f.minLength());
    assertEquals(QuoteExtractionUpdateProcessorFactory.DEFAULT_MAX_CHARS, f.maxChars());
    assertEquals(QuoteExtractionUpdateProcessorFactory.OnError.FAIL, f.onError());
  }

  // --- inform ---

  @Test
  public void fieldMissingFromTheSchemaIsNamed() {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldName", List.of("body", "no_such_field"));
    SolrException e = expectThrows(SolrException.class, () -> f.inform(h.getCore()));
    assertTrue(e.getMessage(), e.getMessage().contains("'no_such_field'"));
    assertTrue(e.getMessage(), e.getMessage().contains("fieldName"));
  }

  @Test
  public void aliasFileMustBeText() {
    assertRefused(args("fieldName", "body", "aliases", ""), "aliases");
    assertRefused(args("fieldName", "body", "aliases", 3), "aliases");
  }

  @Test
  public void missingAliasFileIsNamed() {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldName", "body", "aliases", "no-such-aliases.txt");
    SolrException e = expectThrows(SolrException.class, () -> f.inform(h.getCore()));
    assertTrue(e.getMessage(), e.getMessage().contains("'aliases'"));
    assertTrue(e.getMessage(), e.getMessage().contains("no-such-aliases.txt"));
  }

  @Test
  public void aliasFileOfTheConfigsetNamesTheSpeaker() throws Exception {
    // the shipped configset's speaker-aliases.txt shows "Lib Dems" as "Liberal Democrats"
    SolrInputDocument doc = article("al1", "Parties\n\n\"The budget is a fraud,\" the Lib Dems said on Monday.");
    SolrInputDocument out = process(factory("fieldName", "body", "aliases", "speaker-aliases.txt"), doc);
    assertEquals(List.of("Liberal Democrats"), children(out).stream().map(c -> c.getFieldValue("speaker")).toList());
    assertEquals("organization", children(out).get(0).getFieldValue("speaker_type"));
  }

  @Test
  public void processorNeedsTheCore() throws Exception {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldName", "body");
    try (SolrQueryRequest req = req()) {
      SolrException e = expectThrows(SolrException.class, () -> f.getInstance(req, new SolrQueryResponse(), null));
      assertTrue(e.getMessage(), e.getMessage().contains("not initialised"));
    }
    // with extraction off for the request it is not needed
    try (SolrQueryRequest req = req("quotes.enabled", "false")) {
      assertNull(f.getInstance(req, new SolrQueryResponse(), null));
    }
  }

  // --- a processor of a factory configured here ---

  /** Runs {@code doc} through a processor of {@code f} (informed with the test's core), alone. */
  private static SolrInputDocument process(QuoteExtractionUpdateProcessorFactory f, SolrInputDocument doc)
      throws Exception {
    f.inform(h.getCore());
    try (SolrQueryRequest req = req()) {
      UpdateRequestProcessor processor = f.getInstance(req, new SolrQueryResponse(), null);
      AddUpdateCommand cmd = new AddUpdateCommand(req);
      cmd.solrDoc = doc;
      processor.processAdd(cmd);
      processor.finish();
      processor.close();
      return cmd.getSolrInputDocument();
    }
  }

  private static List<SolrInputDocument> children(SolrInputDocument doc) {
    if (doc.getFieldValues(QUOTES) == null) {
      return List.of();
    }
    return doc.getFieldValues(QUOTES).stream().map(SolrInputDocument.class::cast).collect(Collectors.toList());
  }

  private static Set<Object> texts(SolrInputDocument doc) {
    return children(doc).stream().map(c -> c.getFieldValue("quote")).collect(Collectors.toSet());
  }

  @Test
  public void fieldRegexSelectsTheFieldsRead() throws Exception {
    SolrInputDocument doc = article("r1", Articles.SCHOOL);
    doc.setField("lead_body_t", "\"" + LANES + "\" Maria Lopez said.");
    SolrInputDocument out = process(factory("fieldRegex", ".*_body_t"), doc);
    assertEquals(Set.of(LANES), texts(out));
    assertEquals("lead_body_t", children(out).get(0).getFieldValue("source_field"));

    // names and expression together: quotations of both fields, each with its source
    doc = article("r2", Articles.SCHOOL);
    doc.setField("lead_body_t", "\"" + LANES + "\" Maria Lopez said.");
    out = process(factory("fieldName", "body", "fieldRegex", ".*_body_t"), doc);
    assertEquals(Set.of(LANES, Articles.TEACHERS), texts(out));
    assertEquals(2, out.getFieldValue("quote_count"));
    assertEquals(
        Set.of("body", "lead_body_t"),
        children(out).stream().map(c -> c.getFieldValue("source_field")).collect(Collectors.toSet()));
  }

  @Test
  public void multiValuedSourceFieldIsReadValueByValue() throws Exception {
    // offsets and sentence are those of the value that holds the quotation; a quotation repeated in
    // another value is one child, counted twice
    String crews = "Flooding closed roads.\n\nGovernor Tom Hale said: \"" + Articles.CREWS + "\"";
    SolrInputDocument doc = article("mv", null);
    doc.setField("notes_txt", List.of(BadInputs.LANES_SAID, crews, "", BadInputs.LANES_SAID));
    SolrInputDocument out = process(factory("fieldRegex", ".*_txt"), doc);
    assertEquals(2, out.getFieldValue("quote_count"));
    List<SolrInputDocument> children = children(out);
    assertEquals(2, children.size());
    SolrInputDocument lanes = children.get(0);
    assertEquals(LANES, lanes.getFieldValue("quote"));
    assertEquals(2, lanes.getFieldValue("occurrences"));
    assertEquals(1, lanes.getFieldValue("quote_start"));
    assertEquals(BadInputs.LANES_SAID, lanes.getFieldValue("sentence"));
    SolrInputDocument hale = children.get(1);
    assertEquals(Articles.CREWS, hale.getFieldValue("quote"));
    assertEquals(crews.indexOf(Articles.CREWS), hale.getFieldValue("quote_start"));
    assertEquals(crews.substring(crews.indexOf("Governor")), hale.getFieldValue("sentence"));
    assertEquals("notes_txt", hale.getFieldValue("source_field"));
    assertEquals(List.of(BadInputs.LANES_SAID, crews, "", BadInputs.LANES_SAID), List.copyOf(out.getFieldValues("notes_txt")));
  }

  @Test
  public void minLengthLeavesShortQuotationsOut() throws Exception {
    // LANES has 39 characters, RIDERS 30
    SolrInputDocument out = process(factory("fieldName", "body", "minLength", 35), article("m", Articles.TRANSIT));
    assertEquals(Set.of(LANES, STATIONS, BUDGET), texts(out));
    assertEquals(3, out.getFieldValue("quote_count"));
  }

  @Test
  public void kindsLeaveOtherKindsOut() throws Exception {
    String text =
        "President John Adams met Peter Novak on Friday. Adams later remarked that Novak had \"overplayed his hand\".";
    assertEquals("by default, quotations and claims", Set.of("overplayed his hand", "Novak had \"overplayed his hand\""),
        texts(process(factory("fieldName", "body"), article("k1", text))));
    assertEquals(Set.of("overplayed his hand"),
        texts(process(factory("fieldName", "body", "kinds", "direct,partial"), article("k4", text))));
    SolrInputDocument directOnly = process(factory("fieldName", "body", "kinds", "direct"), article("k2", text));
    assertTrue(texts(directOnly).isEmpty());
    assertEquals(0, directOnly.getFieldValue("quote_count"));
    SolrInputDocument partialOnly = process(factory("fieldName", "body", "kinds", "partial"), article("k3", text));
    assertEquals("partial", children(partialOnly).get(0).getFieldValue("kind"));
  }

  // --- extractors: one per request at a time, reused across requests ---

  @Test
  public void requestsReuseTheExtractorsOfEarlierRequests() throws Exception {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldName", "body");
    process(f, article("p1", Articles.TRANSIT));
    QuoteExtractor given = f.borrow();
    assertNotNull(given);
    f.giveBack(given);
    process(f, article("p2", Articles.TRANSIT)); // borrows the same one and gives it back at close
    assertSame("the idle extractor is reused", given, f.borrow());
  }

  @Test
  public void requestsAtTheSameTimeHaveExtractorsOfTheirOwn() throws Exception {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldName", "body");
    f.inform(h.getCore());
    List<QuoteExtractor> busy = new ArrayList<>();
    for (int i = 0; i < QuoteExtractionUpdateProcessorFactory.MAX_IDLE_EXTRACTORS + 5; i++) {
      QuoteExtractor e = f.borrow();
      assertFalse("borrowed twice at once", busy.stream().anyMatch(b -> b == e));
      busy.add(e);
    }
    busy.forEach(f::giveBack);
    // no more than MAX_IDLE_EXTRACTORS are kept: borrowing that many and one more builds a new one
    List<QuoteExtractor> again = new ArrayList<>();
    for (int i = 0; i <= QuoteExtractionUpdateProcessorFactory.MAX_IDLE_EXTRACTORS; i++) {
      again.add(f.borrow());
    }
    QuoteExtractor last = again.get(again.size() - 1);
    assertFalse("a new extractor once the idle ones are out", busy.stream().anyMatch(b -> b == last));
  }

  @Test
  public void aRequestWithoutTextBorrowsNoExtractor() throws Exception {
    QuoteExtractionUpdateProcessorFactory f = factory("fieldName", "body");
    f.inform(h.getCore());
    QuoteExtractor idle = f.borrow();
    f.giveBack(idle);
    process(f, article("p3", null)); // nothing to read: the idle extractor stays where it is
    assertSame(idle, f.borrow());
  }
}
