package io.solrquotes.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * The quote search page in headless Chromium, served by a real Solr node that loads the plugin jar
 * from its home's {@code lib/} and holds the seed article and a few articles of our own. Screenshots
 * go to {@code target/browse-it/}. The last test stops Solr.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuoteBrowsePageIT {

  /**
   * Markup written to break out of the page: the extractor leaves it out of the quotation, but the
   * sentence shown around it holds it, and it must show as these characters.
   */
  static final String HOSTILE = "<img src=x onerror=document.title='pwned'>";

  private static final String BRIDGE =
      "\"We will finish the bridge before the end of 2026,\" Mayor Ana Torres said on Monday. "
          + "The project in Riverton has been delayed twice. Torres said the council would vote on the budget in May.";
  private static final String HARBOUR =
      "\"Work on the harbour starts in May,\" Governor Linda Marsh said. Professor Helen Brandt was not "
          + "convinced. \"The harbour will cost twice what Eastport was promised,\" Helen Brandt said.";
  /** The harbour quotation again, in other marks and without its comma, a week later. */
  private static final String HARBOUR_AGAIN =
      "The harbour contract was signed on Friday. \u201cWork on the harbour starts in May\u201d, Governor Linda Marsh"
          + " told the Gazette again.";
  private static final String SECURITY =
      "\"" + HOSTILE + " is how they hide attacks,\" said Dana Whitfield, a researcher at the Riverton Institute. "
          + "Whitfield said the city's website had been fixed.";

  private static final Path DIR = Path.of(System.getProperty("browse.it.dir", "target/browse-it"));

  private static StandaloneSolr solr;
  private static HeadlessChromium chromium;
  private static QuotePage page;
  private static String base;

  @BeforeAll
  static void startSolrAndBrowser() throws Exception {
    Path jar = Path.of(System.getProperty("quotes.jar", "target/solr-quotes-0.1.0-SNAPSHOT.jar"));
    assertTrue(Files.isRegularFile(jar), "package builds the jar first: " + jar);
    System.setProperty("solr.log.dir", DIR.resolve("logs").toString());
    StandaloneSolr.Home home = StandaloneSolr.prepare(DIR.resolve("solr-home"), jar, Path.of("solr-config"), true);
    writePlainCore(home.dir().resolve("plain"));
    solr = StandaloneSolr.start(home, 0);
    base = solr.nodes().get(0).getBaseUrl().toString();

    List<ArticleReader.Article> seeds = new ArrayList<>();
    ArticleReader.read(ArticleReader.files(List.of(Path.of("seeds"))), seeds::add);
    ArticleReader.Article seed = seeds.get(0);
    solr.client().add(
        List.of(
            article(seed.id(), seed.title(), seed.text(), null, null, null),
            article("bridge", "Bridge by the end of 2026", BRIDGE, "Riverton Courier", "2026-03-10T09:00:00Z",
                "https://example.org/riverton/bridge"),
            article("harbour", "Harbour works start in May", HARBOUR, "Eastport Gazette", "2026-04-02T09:00:00Z",
                "https://example.org/eastport/harbour"),
            article("harbour-again", "The harbour contract is signed", HARBOUR_AGAIN, "Eastport Gazette",
                "2026-04-10T09:00:00Z", "https://example.org/eastport/contract"),
            article("security", "A city's website under attack", SECURITY, "Riverton Courier",
                "2026-04-20T09:00:00Z", "javascript:alert(1)")));
    solr.client().add(councillors());
    solr.client().commit();

    chromium = HeadlessChromium.start(1280, 1000);
    page = new QuotePage(chromium.driver(), base + "/quotes/browse");
  }

  /** Surnames of the councillors who each say one thing: more speakers than the facet shows at first. */
  private static final List<String> SURNAMES =
      List.of(
          "Abbott", "Barlow", "Carver", "Dalton", "Ellison", "Fenwick", "Garland", "Hadley", "Ingram", "Jarvis",
          "Keating", "Lindqvist", "Mercer", "Norwood", "Oakley", "Prescott", "Quinlan", "Radford", "Sheridan",
          "Thornton", "Underwood", "Voss", "Whitaker", "Yardley", "Ashworth", "Brennan", "Calloway",
          "Dunmore", "Everett", "Fairbanks", "Gilmore", "Hargreave");

  private static List<SolrInputDocument> councillors() {
    List<String> given = List.of("Maria", "James", "Priya", "Tomasz", "Grace", "Samuel", "Aisha", "Peter");
    List<SolrInputDocument> docs = new ArrayList<>();
    for (int i = 0; i < SURNAMES.size(); i++) {
      String name = given.get(i % given.size()) + " " + SURNAMES.get(i);
      docs.add(article("council-" + i, "Council meeting " + i,
          "\"The library on Mill Street must stay open,\" Councillor " + name + " said at the meeting.", null, null, null));
    }
    return docs;
  }

  private static SolrInputDocument article(String id, String title, String body, String publisher, String date, String url) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("title", title);
    doc.setField("body", body);
    if (publisher != null) {
      doc.setField("publisher", publisher);
      doc.setField("date", date);
      doc.setField("url", url);
    }
    return doc;
  }

  /** A core without the plugin's fields or its update chain, which registers the page all the same. */
  private static void writePlainCore(Path core) throws Exception {
    Files.createDirectories(core.resolve("conf"));
    Files.writeString(core.resolve("core.properties"), "name=plain\n");
    Files.writeString(
        core.resolve("conf/solrconfig.xml"),
        """
        <?xml version="1.0" encoding="UTF-8" ?>
        <config>
          <luceneMatchVersion>9.12</luceneMatchVersion>
          <dataDir>${solr.data.dir:}</dataDir>
          <schemaFactory class="ClassicIndexSchemaFactory"/>
          <requestHandler name="/select" class="solr.SearchHandler"/>
          <requestHandler name="/browse" class="io.solrquotes.solr.QuoteBrowseHandler"/>
        </config>
        """);
    Files.writeString(
        core.resolve("conf/schema.xml"),
        """
        <?xml version="1.0" encoding="UTF-8" ?>
        <schema name="plain" version="1.6">
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField"/>
          <fieldType name="plong" class="solr.LongPointField"/>
        </schema>
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (solr != null) {
        solr.close();
      }
    }
  }

  @Test
  @Order(1)
  void thePageComesWithSolrsContentSecurityPolicy() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String file : List.of("", "?file=browse.js", "?file=browse.css")) {
      HttpResponse<String> r =
          http.send(HttpRequest.newBuilder(URI.create(base + "/quotes/browse" + file)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), file);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"), file);
    }
    HttpResponse<String> missing =
        http.send(HttpRequest.newBuilder(URI.create(base + "/quotes/browse?file=solrconfig.xml")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
  }

  @Test
  @Order(2)
  void theSpeakerFacetCountsTheSeedsSpeakers() throws Exception {
    long start = System.nanoTime();
    page.open("");
    double loadMs = (System.nanoTime() - start) / 1e6;
    double loadSearchMs = page.lastSearchMs();
    // every card names its article: ten cards from several articles
    assertEquals(10, page.cards().size());
    assertEquals(10, chromium.driver().findElements(By.cssSelector(".card .article-title")).size());
    Map<String, Integer> speakers = page.facet("speaker");
    assertEquals(14, speakers.get("Zelensky"), speakers.toString());
    assertEquals(3, speakers.get("Donald Trump"), speakers.toString());
    // the one claim nobody could be named for comes last, under a label of its own
    assertEquals("(unknown)", List.copyOf(speakers.keySet()).get(speakers.size() - 1), speakers.toString());
    assertEquals("no speaker found",
        chromium.driver().findElement(By.cssSelector("[data-facet='speaker'] li:last-child .facet-value")).getText());
    assertTrue(page.facet("kind").keySet().containsAll(List.of("claim")), page.facet("kind").toString());
    assertEquals(Map.of("Riverton Courier", 2, "Eastport Gazette", 2), page.facet("publisher"));
    assertEquals(List.of("2026-03", "2026-04"), List.copyOf(page.facet("month").keySet()));
    page.screenshot(DIR.resolve("first-view.png"));

    // the quotations alone: Zelensky's four and Donald Trump's one
    double kindMs = page.clickFacet("kind", "direct");
    double kindSearchMs = page.lastSearchMs();
    if (page.facet("kind").containsKey("partial")) {
      page.clickFacet("kind", "partial");
    }
    speakers = page.facet("speaker");
    assertEquals(4, speakers.get("Zelensky"), speakers.toString());
    assertEquals(1, speakers.get("Donald Trump"), speakers.toString());
    double speakerMs = page.clickFacet("speaker", "Zelensky");
    double speakerSearchMs = page.lastSearchMs();
    assertEquals(4, page.total());
    assertEquals(List.of("Zelensky", "Zelensky", "Zelensky", "Zelensky"), page.speakers());
    assertTrue(page.quotations().contains("peace through strength"), page.quotations().toString());
    page.screenshot(DIR.resolve("zelensky-quotations.png"));
    System.out.printf(
        Locale.ROOT,
        "quote search page: loaded in %.0f ms (its first search %.0f ms); a kind click answered in %.0f ms (search %.0f"
            + " ms), a speaker click in %.0f ms (search %.0f ms)%n",
        loadMs, loadSearchMs, kindMs, kindSearchMs, speakerMs, speakerSearchMs);
    assertNoConsoleErrors();
  }

  @Test
  @Order(3)
  void theSpeakerFacetShowsThirtyAndMoreOnAsking() {
    page.open("");
    Map<String, Integer> first = page.facet("speaker");
    assertEquals(31, first.size(), first.toString()); // thirty names and "no speaker found"
    WebElement more = chromium.driver().findElement(By.cssSelector("[data-facet='speaker'] .more"));
    assertEquals("more speakers…", more.getText());
    page.clickAndWait(more);
    Map<String, Integer> all = page.facet("speaker");
    assertEquals(10 + SURNAMES.size() + 1, all.size(), all.toString());
    assertTrue(all.containsKey("Peter Hargreave"), all.toString());
    // a speaker chosen from the long list stays chosen in the short one, without a count to show
    page.clickFacet("speaker", "Peter Hargreave");
    page.clickAndWait(chromium.driver().findElement(By.cssSelector("[data-facet='speaker'] .more")));
    assertEquals(List.of("Peter Hargreave"), page.chosen("speaker"));
    assertEquals(List.of("The library on Mill Street must stay open,"), page.quotations());
  }

  @Test
  @Order(3)
  void pagesOfTen() {
    page.open("speaker=Zelensky");
    assertEquals(14, page.total());
    assertEquals(10, page.cards().size());
    assertTrue(chromium.driver().findElement(By.cssSelector(".summary")).getText().contains("showing 1–10"));
    List<String> first = page.quotations();
    page.clickAndWait(chromium.driver().findElement(By.cssSelector(".pager .next")));
    assertEquals(4, page.cards().size());
    assertTrue(chromium.driver().findElement(By.cssSelector(".summary")).getText().contains("showing 11–14"));
    assertTrue(page.fragment().endsWith("start=10"), page.fragment());
    assertFalse(first.containsAll(page.quotations()));
    assertEquals(0, chromium.driver().findElements(By.cssSelector(".pager .next")).size());
    page.clickAndWait(chromium.driver().findElement(By.cssSelector(".pager .prev")));
    assertEquals(first, page.quotations());
  }

  @Test
  @Order(3)
  void severalSpeakersAtOnce() {
    page.open("");
    page.clickFacet("speaker", "Zelensky");
    page.clickFacet("speaker", "Donald Trump");
    assertEquals(List.of("Donald Trump", "Zelensky"), page.chosen("speaker").stream().sorted().toList());
    assertEquals(17, page.total());
    assertTrue(page.speakers().stream().allMatch(s -> s.equals("Zelensky") || s.equals("Donald Trump")), page.speakers().toString());
  }

  @Test
  @Order(4)
  void searchingAWordFindsTheQuotationInItsSentence() throws Exception {
    page.open("");
    page.search("strength");
    assertTrue(page.quotations().contains("peace through strength"), page.quotations().toString());
    WebElement card = page.cards().get(page.quotations().indexOf("peace through strength"));
    String sentence = card.findElement(By.cssSelector(".text")).getText();
    assertTrue(sentence.length() > "peace through strength".length() + 10, sentence);
    assertEquals("q=strength", page.fragment());
    page.search("Riverton Institute researcher Whitfield");
    page.search("xyzzy plover");
    assertEquals(0, page.total());
    assertTrue(chromium.driver().findElement(By.cssSelector(".empty")).getText().contains("Nothing matches"));
  }

  @Test
  @Order(5)
  void searchingASpeakersNameFindsWhatTheySaid() {
    page.open("");
    page.search("Linda Marsh");
    assertEquals(List.of("Linda Marsh"), page.speakers().stream().distinct().toList());
    assertTrue(page.quotations().contains("Work on the harbour starts in May,"), page.quotations().toString());
  }

  @Test
  @Order(6)
  void theKindFacetFilters() {
    page.open("");
    int claims = page.facet("kind").get("claim");
    page.clickFacet("kind", "claim");
    assertEquals(claims, page.total());
    assertTrue(page.cards().stream().allMatch(c -> c.getDomAttribute("class").contains("claim")));
    assertEquals(List.of("claim"), page.chosen("kind"));
  }

  @Test
  @Order(7)
  void theUrlRestoresTheViewAndBackReturnsToTheLastOne() {
    page.open("");
    page.clickFacet("publisher", "Riverton Courier");
    page.clickFacet("speaker", "Ana Torres");
    String fragment = page.fragment();
    List<String> shown = page.quotations();
    assertFalse(shown.isEmpty());
    page.reload();
    assertEquals(fragment, page.fragment());
    assertEquals(shown, page.quotations());
    assertEquals(List.of("Ana Torres"), page.chosen("speaker"));
    assertEquals(List.of("Riverton Courier"), page.chosen("publisher"));
    page.back();
    assertEquals(List.of(), page.chosen("speaker"));
    assertEquals(List.of("Riverton Courier"), page.chosen("publisher"));
    // a shared address opens the same view in a fresh page
    page.open(fragment);
    assertEquals(shown, page.quotations());
  }

  @Test
  @Order(8)
  void aSpeakerViewShowsEverythingTheySaidByArticle() throws Exception {
    page.open("q=bridge");
    WebElement speaker = page.cards().get(0).findElement(By.cssSelector(".speaker"));
    assertEquals("Ana Torres", speaker.getText());
    page.clickAndWait(speaker);
    assertEquals("Ana Torres", chromium.driver().findElement(By.cssSelector(".speaker-view h1")).getText());
    List<WebElement> articles = chromium.driver().findElements(By.cssSelector(".by-article"));
    assertEquals(1, articles.size());
    assertTrue(articles.get(0).getText().contains("Bridge by the end of 2026"));
    assertTrue(articles.get(0).getText().contains("Riverton Courier · 2026-03-10"));
    WebElement link = articles.get(0).findElement(By.cssSelector("a.article-title"));
    assertEquals("https://example.org/riverton/bridge", link.getDomProperty("href"));
    page.screenshot(DIR.resolve("speaker-view.png"));
  }

  @Test
  @Order(8)
  void aQuotationRepeatedElsewhereLeadsToEveryArticleCarryingIt() throws Exception {
    page.open("q=" + "harbour starts");
    List<WebElement> cards = page.cards();
    assertEquals(2, cards.size(), page.quotations().toString());
    WebElement spread = cards.get(0).findElement(By.cssSelector(".spread"));
    assertEquals("also in 1 other article", spread.getText());
    page.clickAndWait(spread);
    assertEquals("key=work+on+the+harbour+starts+in+may", page.fragment());
    assertEquals("ready", page.state(), page.notice());
    List<String> titles = chromium.driver().findElements(By.cssSelector(".card .article-title")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("Harbour works start in May", "The harbour contract is signed"), titles, "the earliest first");
    assertTrue(chromium.driver().findElement(By.cssSelector(".key-view .summary")).getText().contains("in 2 articles"));
    page.screenshot(DIR.resolve("quotation-spread.png"));
  }

  @Test
  @Order(9)
  void whatTheIndexHoldsIsShownAsText() throws Exception {
    page.open("");
    page.search("attacks");
    assertEquals(List.of("is how they hide attacks,"), page.quotations());
    String shown = page.cards().get(0).findElement(By.cssSelector(".text")).getText();
    assertTrue(shown.contains(HOSTILE), shown);
    assertEquals(0, chromium.driver().findElements(By.cssSelector("#results img")).size());
    assertEquals("Quote search", chromium.driver().getTitle());
    // the article's url is javascript:…, so its title is not made a link
    assertEquals(0, chromium.driver().findElements(By.cssSelector("#results a.article-title")).size());
    assertNoConsoleErrors();
  }

  @Test
  @Order(10)
  void aCoreWithoutThePluginsFieldsSaysSo() {
    QuotePage plain = new QuotePage(chromium.driver(), base + "/plain/browse");
    plain.open("");
    assertEquals("error", plain.state());
    String notice = plain.notice();
    assertTrue(notice.contains("This core has no quotations"), notice);
    chromium.consoleMessages(); // the failed search is logged; that is expected here
  }

  @Test
  @Order(11)
  void stoppingSolrShowsItUnreachable() throws Exception {
    page.open("");
    assertEquals("ready", page.state());
    solr.close();
    page.search("strength");
    assertEquals("error", page.state());
    assertTrue(page.notice().contains("Solr is unreachable"), page.notice());
    page.screenshot(DIR.resolve("unreachable.png"));
  }

  private static void assertNoConsoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : chromium.consoleMessages()) {
      if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertEquals(List.of(), errors, "the browser console");
  }
}
