package io.solrquotes.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.NRTCachingDirectoryFactory;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The deployable jar in a real Solr node, set up as the README's deploy section tells users to: a Solr
 * home whose {@code lib/} holds only {@code target/solr-quotes-<version>.jar}, a {@code solr.xml}, and
 * a core {@code quotes} (found by its {@code core.properties}) whose {@code conf/} is the shipped
 * {@code solr-config/}, copied afresh on each run. Standalone mode, data on disk under {@code
 * target/jar-it}.
 *
 * <p>Run by failsafe in {@code verify}, after {@code package} has built the jar. Failsafe's class path
 * holds neither the project's classes nor OpenNLP and picocli (see the pom), so the only copy of the
 * plugin Solr can find is the jar in {@code lib/}: {@link #thePluginComesFromTheJarInLib} checks both.
 */
class QuoteExtractionJarIT {

  private static final String FACTORY = "io.solrquotes.solr.QuoteExtractionUpdateProcessorFactory";
  private static final String CORE = "quotes";

  /** The node's solr.xml: the Solr home's {@code lib/} is on every core's class path without naming it. */
  private static final String SOLR_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<solr>\n</solr>\n";

  /** Two articles of our own beside the seed, and what the plugin finds in them. */
  private static final String BRIDGE_ID = "city-bridge";
  private static final String BRIDGE =
      "\"We will finish the bridge before the end of 2026,\" Mayor Ana Torres said on Monday. "
          + "The project in Riverton has been delayed twice.";
  private static final String HARBOUR_ID = "city-harbour";
  private static final String HARBOUR =
      "\"Work on the harbour starts in May,\" Governor Linda Marsh said. Professor Helen Brandt was not "
          + "convinced. \"The harbour will cost twice what Eastport was promised,\" Helen Brandt said. "
          + "\"We have heard these promises since 2019,\" Brandt added.";

  private static Path deployedJar;
  private static JettySolrRunner solr;
  private static SolrClient client;
  private static String seedId;

  @BeforeAll
  static void startSolrWithTheJarInLib() throws Exception {
    Path jar = Path.of(property("quotes.jar"));
    assertTrue(Files.isRegularFile(jar), "package builds the shaded jar first: " + jar);
    Path dir = Path.of(property("quotes.it.dir"));
    deleteTree(dir);

    // bin/solr passes the folder for Solr's log files; Solr warns when it is missing
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());

    // the README's deploy steps
    Path home = Files.createDirectories(dir.resolve("solr-home"));
    Path lib = Files.createDirectories(home.resolve("lib"));
    deployedJar = Files.copy(jar, lib.resolve(jar.getFileName())).toRealPath();
    Files.writeString(home.resolve("solr.xml"), SOLR_XML);
    Path core = Files.createDirectories(home.resolve(CORE));
    copyFolder(ShippedConfigset.DIR, core.resolve("conf"));
    Files.writeString(core.resolve("core.properties"), "name=" + CORE + "\n");

    solr = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(0).build());
    solr.start();
    Map<String, CoreContainer.CoreLoadFailure> failures = solr.getCoreContainer().getCoreInitFailures();
    if (!failures.isEmpty()) {
      AssertionError e = new AssertionError("core " + CORE + " did not load: " + failures.keySet());
      failures.values().forEach(f -> e.addSuppressed(f.exception));
      throw e;
    }
    client = new Http2SolrClient.Builder(solr.getBaseUrl().toString()).withDefaultCollection(CORE).build();

    Path seed;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    String name = seed.getFileName().toString();
    seedId = name.substring(0, name.length() - ".txt".length());
    // as the command line reads a .txt article: the first line is its title
    client.add(
        List.of(
            article(seedId, text.substring(0, text.indexOf('\n')).strip(), text),
            article(BRIDGE_ID, "Bridge by the end of 2026", BRIDGE),
            article(HARBOUR_ID, "Harbour works start in May", HARBOUR)));
    client.commit();
  }

  @AfterAll
  static void stopSolr() throws Exception {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (solr != null) {
        solr.stop();
      }
    }
  }

  @Test
  void thePluginComesFromTheJarInLib() throws Exception {
    // nothing of the plugin on the test class path: failsafe's class path leaves it out
    for (String name :
        List.of(
            FACTORY,
            "io.solrquotes.extract.QuoteExtractor",
            "io.solrquotes.nlp.NlpModels",
            "io.solrquotes.shaded.opennlp.tools.util.model.BaseModel",
            "opennlp.tools.util.model.BaseModel",
            "picocli.CommandLine",
            "org.slf4j.simple.SimpleLogger")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name + " is on the test class path");
    }

    try (SolrCore core = solr.getCoreContainer().getCore(CORE)) {
      UpdateRequestProcessorFactory factory =
          core.getUpdateProcessingChain(null).getProcessors().stream()
              .filter(f -> f.getClass().getName().equals(FACTORY))
              .findFirst()
              .orElseThrow(() -> new AssertionError("the default chain has no " + FACTORY));
      Class<?> pluginClass = factory.getClass();
      ClassLoader pluginLoader = pluginClass.getClassLoader();
      assertNotSame(getClass().getClassLoader(), pluginLoader);
      assertEquals(deployedJar, location(pluginClass));
      // OpenNLP comes relocated from the same jar; the jar has no unrelocated copy
      assertEquals(deployedJar, location(pluginLoader.loadClass("io.solrquotes.shaded.opennlp.tools.postag.POSModel")));
      assertThrows(ClassNotFoundException.class, () -> pluginLoader.loadClass("opennlp.tools.postag.POSModel"));
      // the jar's SLF4J (there for the command line) is shadowed: the plugin logs through Solr's
      assertSame(LoggerFactory.class, pluginLoader.loadClass("org.slf4j.LoggerFactory"));
      // the configset's defaults, as in a deployed Solr (the failsafe configuration sets them so)
      assertEquals(NRTCachingDirectoryFactory.class, core.getDirectoryFactory().getClass());
      assertEquals("native", core.getSolrConfig().indexConfig.lockType);
    }
  }

  @Test
  void theJarHoldsNoUnrelocatedDependency() throws Exception {
    List<String> stray = new ArrayList<>();
    try (JarFile jar = new JarFile(deployedJar.toFile())) {
      jar.stream()
          .map(JarEntry::getName)
          .filter(n -> n.endsWith(".class"))
          // SLF4J stays as it is: the command line needs it, and inside Solr, Solr's own copy wins
          .filter(n -> !n.startsWith("io/solrquotes/") && !n.startsWith("org/slf4j/"))
          .forEach(stray::add);
    }
    assertEquals(List.of(), stray, "classes outside io.solrquotes and org.slf4j");
  }

  @Test
  void seedQuotationsFacetBySpeaker() throws Exception {
    QueryResponse rsp =
        client.query(
            params("q", "doc_type:quote", "fq", "_root_:" + seedId, "rows", "0", "facet", "true", "facet.field", "speaker"));
    // distinct quotations: the seed repeats two paragraphs
    assertEquals(5, rsp.getResults().getNumFound());
    assertEquals(Map.of("Zelensky", 4L, "Donald Trump", 1L), counts(rsp.getFacetField("speaker")));

    SolrDocument article = client.getById(seedId);
    assertNotNull(article, "real-time get of the seed article");
    assertEquals("article", article.getFieldValue("doc_type"));
    assertEquals(5, article.getFieldValue("quote_count"));
    // the speakers of its quotations, then of its claims (claims are on in the shipped configset)
    assertEquals(List.of("Zelensky", "Donald Trump", "JD Vance", "Kremlin", "Emmanuel Macron", "Mark Rutte"),
        article.getFieldValues("speakers").stream().toList());
  }

  @Test
  void speakersFacetAcrossAllQuotations() throws Exception {
    QueryResponse rsp =
        client.query(
            params("q", "doc_type:quote", "rows", "0", "json.facet", "{speakers:{type:terms,field:speaker,limit:20}}"));
    assertEquals(9, rsp.getResults().getNumFound());
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("Zelensky", 4L);
    expected.put("Helen Brandt", 2L);
    expected.put("Ana Torres", 1L);
    expected.put("Donald Trump", 1L);
    expected.put("Linda Marsh", 1L);
    assertEquals(expected, buckets(rsp.getJsonFacetingResponse().getBucketBasedFacets("speakers")));
  }

  @Test
  void quotationsBySpeakerAndByWords() throws Exception {
    QueryResponse bySpeaker =
        client.query(params("q", "speaker:\"Donald Trump\"", "fq", "doc_type:quote", "fl", "quote,speaker,cue,kind,confidence"));
    SolrDocumentList trump = bySpeaker.getResults();
    assertEquals(1, trump.getNumFound());
    assertEquals("overplayed his hand", trump.get(0).getFieldValue("quote"));
    assertEquals("remarked", trump.get(0).getFieldValue("cue"));
    assertEquals("partial", trump.get(0).getFieldValue("kind"));

    // the quote field is stemmed English: "promised" finds "promises" and "promised"
    QueryResponse byWords = client.query(params("q", "quote:promise", "fl", "quote,speaker"));
    assertEquals(2, byWords.getResults().getNumFound());
    for (SolrDocument d : byWords.getResults()) {
      assertEquals("Helen Brandt", d.getFieldValue("speaker"));
    }
    // speaker_t: a surname alone finds the speaker
    assertEquals(1, client.query(params("q", "speaker_t:trump", "fq", "doc_type:quote")).getResults().getNumFound());
  }

  @Test
  void articlesQuotingASpeaker() throws Exception {
    QueryResponse rsp =
        client.query(params("q", "{!parent which=\"doc_type:article\"}speaker:\"Donald Trump\"", "fl", "id,title,quote_count"));
    assertEquals(1, rsp.getResults().getNumFound());
    assertEquals(seedId, rsp.getResults().get(0).getFieldValue("id"));

    QueryResponse brandt = client.query(params("q", "{!parent which=\"doc_type:article\"}speaker:\"Helen Brandt\"", "fl", "id"));
    assertEquals(1, brandt.getResults().getNumFound());
    assertEquals(HARBOUR_ID, brandt.getResults().get(0).getFieldValue("id"));
  }

  @Test
  void quotationsOfOneSpeakerFacetedByArticle() throws Exception {
    QueryResponse rsp =
        client.query(params("q", "speaker:Zelensky", "fq", "doc_type:quote", "rows", "0", "json.facet", "{articles:{type:terms,field:_root_}}"));
    assertEquals(Map.of(seedId, 4L), buckets(rsp.getJsonFacetingResponse().getBucketBasedFacets("articles")));
  }

  @Test
  void childTransformerNestsTheQuotationsInTheirArticle() throws Exception {
    QueryResponse rsp =
        client.query(
            // the children's fields must be in the top-level fl too, and so must their label
            params("q", "id:" + seedId, "fl", "id,title,quote_count,quotes,quote,speaker,cue,[child childFilter=doc_type:quote]"));
    SolrDocument article = rsp.getResults().get(0);
    Object children = article.getFieldValue("quotes");
    assertTrue(children instanceof List<?>, "children under the label 'quotes': " + article);
    List<String> pairs = new ArrayList<>();
    for (Object child : (List<?>) children) {
      SolrDocument q = (SolrDocument) child;
      pairs.add(q.getFieldValue("speaker") + "|" + q.getFieldValue("quote"));
    }
    assertEquals(
        List.of(
            "Zelensky|stand more firmly on Ukraine's side",
            "Zelensky|tough dialogue",
            "Zelensky|just and lasting",
            "Donald Trump|overplayed his hand",
            "Zelensky|peace through strength"),
        pairs);
  }

  @Test
  void extractionRanOncePerArticle() throws Exception {
    ModifiableSolrParams p = params("group", "core", "prefix", "QUOTES.extraction");
    NamedList<Object> rsp = client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/metrics", p).setRequiresCollection(false));
    @SuppressWarnings("unchecked")
    NamedList<Object> registry = (NamedList<Object>) ((NamedList<Object>) rsp.get("metrics")).get("solr.core." + CORE);
    assertNotNull(registry, "metrics of core " + CORE + ": " + rsp);
    assertEquals(3L, MetricValues.count(registry.get("QUOTES.extraction.docs")));
    assertEquals(9L, MetricValues.count(registry.get("QUOTES.extraction.quotes")));
    assertEquals(0L, MetricValues.count(registry.get("QUOTES.extraction.failed")));
    assertEquals(0L, MetricValues.count(registry.get("QUOTES.extraction.skipped")));
  }

  // ---------------------------------------------------------------------------------------------

  private static SolrInputDocument article(String id, String title, String body) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("title", title);
    doc.setField("body", body);
    return doc;
  }

  private static ModifiableSolrParams params(String... pairs) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i < pairs.length; i += 2) {
      p.add(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  private static Map<String, Long> counts(FacetField field) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (FacetField.Count c : field.getValues()) {
      if (c.getCount() > 0) {
        out.put(c.getName(), c.getCount());
      }
    }
    return out;
  }

  private static Map<String, Long> buckets(BucketBasedJsonFacet facet) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (BucketJsonFacet b : facet.getBuckets()) {
      out.put(String.valueOf(b.getVal()), b.getCount());
    }
    return out;
  }


  private static Path location(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toRealPath();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertFalse(value == null || value.isBlank(), "system property " + name + " is set by the failsafe configuration");
    return value;
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
