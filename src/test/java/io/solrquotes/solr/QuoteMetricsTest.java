package io.solrquotes.solr;

import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.junit.BeforeClass;
import org.junit.Test;

/** The counters the factory registers in the core's metric registry under {@code QUOTES.extraction}. */
public class QuoteMetricsTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  private static long timerCount() {
    return h.getCore().getSolrMetricsContext().getMetricRegistry().timer("QUOTES.extraction.time").getCount();
  }

  @Test
  public void registeredNames() {
    MetricRegistry registry = h.getCore().getSolrMetricsContext().getMetricRegistry();
    Set<String> names = new TreeSet<>();
    for (Map.Entry<String, Metric> e : registry.getMetrics().entrySet()) {
      if (e.getKey().startsWith("QUOTES.")) {
        names.add(e.getKey());
      }
    }
    assertEquals(
        Set.of(
            "QUOTES.extraction.docs", "QUOTES.extraction.quotes", "QUOTES.extraction.claims", "QUOTES.extraction.skipped",
            "QUOTES.extraction.failed", "QUOTES.extraction.truncated", "QUOTES.extraction.time"),
        names);
    // the registry is the core's, as the metric manager names it
    assertSame(
        registry,
        h.getCoreContainer().getMetricManager().registry(h.getCore().getCoreMetricManager().getRegistryName()));
  }

  @Test
  public void docsAndQuotesAreCounted() throws Exception {
    long docs = counter("docs");
    long quotes = counter("quotes");
    long time = timerCount();
    index(article("m1", Articles.TRANSIT), article("m2", Articles.FLOOD), article("m3", Articles.SCHOOL));
    assertEquals(docs + 3, counter("docs"));
    assertEquals("distinct quotations stored: 4 + 2 + 1", quotes + 7, counter("quotes"));
    assertEquals(time + 3, timerCount());

    index(article("m4", Articles.QUIET));
    assertEquals(docs + 4, counter("docs"));
    assertEquals(quotes + 7, counter("quotes"));
  }

  @Test
  public void onlyExtractionsAreCounted() throws Exception {
    index(article("m5", Articles.SCHOOL));
    long docs = counter("docs");
    long quotes = counter("quotes");
    long skipped = counter("skipped");
    long failed = counter("failed");
    long truncated = counter("truncated");

    // an atomic update that does not set the body extracts nothing
    SolrInputDocument publisher = new SolrInputDocument();
    publisher.setField("id", "m5");
    publisher.setField("publisher", Map.of("set", "Evening Star"));
    index(publisher);
    assertEquals(docs, counter("docs"));
    // a request with extraction off neither
    index(Map.of("quotes.enabled", "false"), article("m6", Articles.TRANSIT));
    assertEquals(docs, counter("docs"));
    assertEquals(quotes, counter("quotes"));

    // one that sets the body does
    SolrInputDocument body = new SolrInputDocument();
    body.setField("id", "m5");
    body.setField("body", Map.of("set", Articles.FLOOD));
    index(body);
    assertEquals(docs + 1, counter("docs"));
    assertEquals(quotes + 2, counter("quotes"));

    assertEquals(skipped, counter("skipped"));
    assertEquals(failed, counter("failed"));
    assertEquals(truncated, counter("truncated"));
  }

  @Test
  public void metricsApiReportsTheCounters() throws Exception {
    index(article("m7", Articles.FLOOD));
    long docs = counter("docs");
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("group", "core");
    params.set("prefix", "QUOTES.extraction.docs");
    NamedList<Object> rsp =
        client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/metrics", params));
    Object value = rsp;
    for (String key : new String[] {"metrics", "solr.core.collection1", "QUOTES.extraction.docs"}) {
      assertTrue(rsp.toString(), value instanceof NamedList<?>);
      value = ((NamedList<?>) value).get(key);
    }
    // counters are reported compact, as their count
    assertEquals(rsp.toString(), docs, ((Number) value).longValue());
  }
}
