package io.solrquotes.solr;

import static io.solrquotes.solr.Articles.TRANSIT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrException;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.core.SolrCoreInitializationException;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A bad configuration of the processor fails the core's load, with a message naming what is wrong,
 * rather than the first document; a reloaded core extracts as before.
 */
public class QuoteCoreLoadTest extends QuoteSolrTestCase {

  /** The processor's configuration as the shipped solrconfig.xml has it. */
  private static final String SHIPPED_FIELDS = "<arr name=\"fieldName\">\n        <str>body</str>\n      </arr>";

  private static final String SHIPPED_MAX_CHARS = "<int name=\"maxChars\">${quotes.maxChars:1000000}</int>";

  private static final String SHIPPED_KINDS = "<str name=\"kinds\">${quotes.kinds:direct,partial,claim}</str>";

  private static int cores;

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  /** A copy of the shipped configset as the conf/ of a new core {@code name} of the test's container. */
  private static Path copyOfShippedConfigset(String name) throws IOException {
    Path conf = Files.createDirectories(h.getCoreContainer().getCoreRootDirectory().resolve(name).resolve("conf"));
    try (Stream<Path> files = Files.list(ShippedConfigset.DIR)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, conf.resolve(file.getFileName().toString()));
      }
    }
    return conf;
  }

  /**
   * Creates a core on a copy of the shipped configset whose solrconfig.xml has {@code shipped}
   * replaced by {@code bad}, and returns every message of the failure's cause chain.
   */
  private static String loadFailure(String shipped, String bad) throws Exception {
    CoreContainer container = h.getCoreContainer();
    String name = "bad" + (++cores);
    Path conf = copyOfShippedConfigset(name);
    Path solrconfig = conf.resolve("solrconfig.xml");
    String xml = Files.readString(solrconfig);
    assertTrue("the shipped solrconfig.xml holds " + shipped, xml.contains(shipped));
    Files.writeString(solrconfig, xml.replace(shipped, bad));

    Exception e = expectThrows(Exception.class, () -> container.create(name, conf.getParent(), Map.of(), false));
    // the core is not served, and asking for it gives the recorded failure, as the admin UI shows it
    Exception recorded = expectThrows(SolrCoreInitializationException.class, () -> container.getCore(name));
    List<String> messages = new ArrayList<>();
    messages.add(recorded.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return String.join(" | ", messages);
  }

  private static void assertNames(String failure, String... words) {
    for (String word : words) {
      assertTrue("'" + word + "' not in: " + failure, failure.contains(word));
    }
  }

  @Test
  public void missingSourceFieldFailsTheLoad() throws Exception {
    String failure =
        loadFailure(SHIPPED_FIELDS, "<arr name=\"fieldName\"><str>body</str><str>no_such_field</str></arr>");
    assertNames(failure, "no_such_field");
  }

  @Test
  public void unknownParamFailsTheLoad() throws Exception {
    assertNames(loadFailure(SHIPPED_KINDS, SHIPPED_KINDS + "<str name=\"fieldname\">title</str>"), "fieldname");
  }

  @Test
  public void modelPathIsNoParam() throws Exception {
    // the models ship inside the plugin jar; no configuration, let alone a request, can swap them
    assertNames(loadFailure(SHIPPED_KINDS, SHIPPED_KINDS + "<str name=\"model\">/tmp/pos.bin</str>"), "model");
  }

  @Test
  public void badCapFailsTheLoad() throws Exception {
    assertNames(loadFailure(SHIPPED_MAX_CHARS, "<int name=\"maxChars\">-5</int>"), "maxChars", "-5");
    assertNames(loadFailure(SHIPPED_MAX_CHARS, "<str name=\"maxChars\">lots</str>"), "maxChars");
  }

  @Test
  public void unknownKindFailsTheLoad() throws Exception {
    assertNames(loadFailure(SHIPPED_KINDS, "<str name=\"kinds\">direct,rumour</str>"), "kinds", "rumour");
  }

  /** A configset made before quote_key: the core loads, and its quotations are stored without keys. */
  @Test
  public void aSchemaWithoutQuoteKeyStillLoads() throws Exception {
    CoreContainer container = h.getCoreContainer();
    String name = "nokey" + (++cores);
    Path conf = copyOfShippedConfigset(name);
    Path schema = conf.resolve("managed-schema.xml");
    String field = "<field name=\"quote_key\" type=\"string\" indexed=\"true\" stored=\"false\" docValues=\"true\"/>";
    String xml = Files.readString(schema);
    assertTrue("the shipped schema defines quote_key", xml.contains(field));
    Files.writeString(schema, xml.replace(field, ""));
    container.create(name, conf.getParent(), Map.of(), false);
    try (EmbeddedSolrServer old = new EmbeddedSolrServer(container, name)) {
      old.add(article("k1", TRANSIT));
      old.commit();
      long quotes = old.query(params("q", "doc_type:quote", "rows", "0")).getResults().getNumFound();
      assertTrue("quotations stored", quotes > 0);
      SolrException e =
          expectThrows(SolrException.class, () -> old.query(params("q", "quote_key:*", "rows", "0")));
      assertTrue(e.getMessage(), e.getMessage().contains("quote_key"));
    } finally {
      container.unload(name, true, true, true);
    }
  }

  @Test
  public void reloadedCoreExtractsAndCountsAsBefore() throws Exception {
    clearIndex();
    index(article("before", TRANSIT));
    long quotes = count("doc_type:quote");
    assertTrue("the article has quotations", quotes > 0);
    long docsCounted = counter("docs");
    long quotesCounted = counter("quotes");

    SolrCore old = h.getCore(); // the harness's getCore takes no reference
    h.getCoreContainer().reload(old.getName());
    assertNotSame(old, h.getCore());
    // the core's registry outlives the reload: the new core's processor counts on
    assertEquals(docsCounted, counter("docs"));

    client.close();
    client = new EmbeddedSolrServer(h.getCoreContainer(), old.getName());
    index(article("after", TRANSIT));
    assertEquals(2 * quotes, count("doc_type:quote"));
    assertEquals(docsCounted + 1, counter("docs"));
    assertEquals(quotesCounted + quotes, counter("quotes"));
  }
}
