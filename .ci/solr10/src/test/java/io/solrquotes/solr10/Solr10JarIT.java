package io.solrquotes.solr10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin jar, as the main build made it for Solr 9, in a real Solr 10.0.0 node: a Solr home whose
 * {@code lib/} holds that jar alone, a core {@code quotes} on the shipped configset, the seed article
 * indexed over HTTP. Nothing of the plugin is on this test's class path; Solr loads it from {@code lib/}.
 *
 * <p>The node's class path lacks {@code solr-solrj-streaming} 10.0.0, which the registry reachable here
 * does not serve (404). The node loads some of its classes when it starts (its implicit {@code
 * /stream}, {@code /export} and {@code /graph} handlers); 9.10.1's stand in for them, and one class
 * that 9.10.1 builds on Solr 9's HTTP client, {@code SolrClientCache}, is stood in for by an empty one
 * in this module's test sources. Streaming expressions may not work in this node; nothing here uses
 * them, and nothing of the plugin touches them.
 */
class Solr10JarIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static JettySolrRunner solr;
  private static String core;

  @BeforeAll
  static void startSolr10WithTheJarInLib() throws Exception {
    Path jar = Path.of(System.getProperty("quotes.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "the main build's jar: " + jar);
    Path dir = Path.of(System.getProperty("quotes.it.dir"));
    deleteTree(dir);
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    Path home = Files.createDirectories(dir.resolve("solr-home"));
    Files.copy(jar, Files.createDirectories(home.resolve("lib")).resolve(jar.getFileName()));
    Files.writeString(home.resolve("solr.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<solr>\n</solr>\n");
    Path conf = Files.createDirectories(home.resolve("quotes/conf"));
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("quotes.configset")))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, conf.resolve(f.getFileName()));
      }
    }
    Files.writeString(home.resolve("quotes/core.properties"), "name=quotes\n");

    solr = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(0).build());
    solr.start();
    Map<String, CoreContainer.CoreLoadFailure> failures = solr.getCoreContainer().getCoreInitFailures();
    if (!failures.isEmpty()) {
      AssertionError e = new AssertionError("the core did not load in Solr 10: " + failures.keySet());
      failures.values().forEach(f -> e.addSuppressed(f.exception));
      throw e;
    }
    core = solr.getBaseUrl() + "/quotes";

    Path seed;
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("quotes.seeds")))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    ArrayNode docs = JSON.createArrayNode();
    ObjectNode article = docs.addObject();
    article.put("id", seed.getFileName().toString().replace(".txt", ""));
    article.put("title", text.substring(0, text.indexOf('\n')).strip());
    article.put("body", text);
    HttpResponse<String> added =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(core + "/update?commit=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(docs)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, added.statusCode(), added.body());
  }

  @AfterAll
  static void stopSolr() throws Exception {
    if (solr != null) {
      solr.stop();
    }
  }

  private static JsonNode select(String... params) throws Exception {
    StringBuilder query = new StringBuilder("wt=json");
    for (int i = 0; i < params.length; i += 2) {
      query.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> r =
        HTTP.send(HttpRequest.newBuilder(URI.create(core + "/select?" + query)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void thePluginComesFromTheJarInLibAlone() throws Exception {
    for (String name : List.of("io.solrquotes.solr.QuoteExtractionUpdateProcessorFactory", "io.solrquotes.extract.QuoteExtractor")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name + " is on the test class path");
    }
    try (SolrCore quotes = solr.getCoreContainer().getCore("quotes")) {
      Object factory =
          quotes.getUpdateProcessingChain(null).getProcessors().stream()
              .filter(f -> f.getClass().getName().equals("io.solrquotes.solr.QuoteExtractionUpdateProcessorFactory"))
              .findFirst()
              .orElseThrow();
      Path from = Path.of(factory.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
      assertEquals(Path.of(System.getProperty("quotes.jar")).getFileName(), from.getFileName());
      assertEquals("lib", from.getParent().getFileName().toString());
      assertEquals(
          Files.size(Path.of(System.getProperty("quotes.jar"))), Files.size(from), "the main build's jar, as it was built");
    }
  }

  @Test
  void theSeedsQuotationsAreChildrenWithTheirSpeakers() throws Exception {
    assertEquals(5, select("q", "doc_type:quote", "rows", "0").at("/response/numFound").asInt());
    JsonNode buckets =
        select("q", "doc_type:quote", "rows", "0", "json.facet", "{speakers:{type:terms,field:speaker}}")
            .at("/facets/speakers/buckets");
    assertEquals("Zelensky", buckets.get(0).get("val").asText(), buckets.toString());
    assertEquals(4, buckets.get(0).get("count").asInt(), buckets.toString());
    assertEquals("Donald Trump", buckets.get(1).get("val").asText(), buckets.toString());
    assertEquals(1, buckets.get(1).get("count").asInt(), buckets.toString());
    assertEquals(20, select("q", "doc_type:claim", "rows", "0").at("/response/numFound").asInt());
    JsonNode parent = select("q", "{!parent which=\"doc_type:article\"}speaker:\"Zelensky\"", "fl", "id,quote_count,claim_count");
    assertEquals(1, parent.at("/response/numFound").asInt());
    assertEquals(5, parent.at("/response/docs/0/quote_count").asInt());
  }

  @Test
  void theExtractionCountersAreInSolr10sMetrics() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(solr.getBaseUrl() + "/admin/metrics?name=solr_core_quotes_extraction_total")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    List<String> lines = r.body().lines().filter(l -> l.startsWith("solr_core_quotes_extraction_total{")).toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("type=\"docs\"") && l.contains("core=\"quotes\"") && l.endsWith(" 1.0")), r.body());
    assertTrue(lines.stream().anyMatch(l -> l.contains("type=\"quotes\"") && l.endsWith(" 5.0")), r.body());
    assertTrue(lines.stream().anyMatch(l -> l.contains("type=\"claims\"") && l.endsWith(" 20.0")), r.body());
    System.out.println("Solr 10 metrics of quote extraction:\n  " + String.join("\n  ", lines));
  }

  @Test
  void theQuoteSearchPageIsServed() throws Exception {
    HttpResponse<String> r =
        HTTP.send(HttpRequest.newBuilder(URI.create(core + "/browse")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("<title>Quote search</title>"), r.body());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
