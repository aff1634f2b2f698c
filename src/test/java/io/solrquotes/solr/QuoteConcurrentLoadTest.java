package io.solrquotes.solr;

import com.sun.management.OperatingSystemMXBean;
import io.solrquotes.solr.GeneratedArticles.Article;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.SolrNamedThreadFactory;
import org.apache.solr.core.SolrCore;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Concurrent indexing must find what single-threaded indexing finds. 20,000 generated articles
 * ({@link GeneratedArticles}) are indexed twice into one real Solr node, in batches of 100 through
 * SolrJ: first by one thread into the collection {@value #SINGLE}, then by eight threads at once into
 * {@value #CONCURRENT} (thread {@code t} sends batches {@code t}, {@code t+8}, …). Both collections
 * hold the same articles, the same quotation children with the same speakers, kinds and words under
 * the same articles, and the same per-speaker facet counts; no request failed, and extraction neither
 * failed nor skipped an article.
 *
 * <p>Why a one-node SolrCloud (a {@code MiniSolrCloudCluster} of one Jetty): requests go over HTTP
 * into a real node whose cores load the shipped configset from ZooKeeper, as deployed, and the two
 * collections live in one node, so both runs share its JVM, its class loader and the OpenNLP models
 * that all of its update requests share. One shard and one replica each, because the subject here is
 * concurrency inside one core's update chain (a processor and its taggers per request, the models and
 * the metrics shared); sharding and replication under faults are {@link QuoteNodeFailureTest}'s.
 * Claims stay off, as in the shipped configset: they would more than double the extraction time.
 */
public class QuoteConcurrentLoadTest extends SolrCloudTestCase {

  private static final String CONFIG = "quotes";
  private static final String SINGLE = "quotes_single";
  private static final String CONCURRENT = "quotes_concurrent";
  private static final int ARTICLES = 20_000;
  private static final int BATCH = 100;
  private static final int THREADS = 8;
  private static final long SEED = 7_2025L;

  private static final Map<String, Map<String, List<String>>> CHILDREN = new HashMap<>();

  @BeforeClass
  public static void indexTheArticlesTwice() throws Exception {
    // the test cluster's solr.xml turns metrics off unless asked: the extraction counters are read here
    System.setProperty("metricsEnabled", "true");
    configureCluster(1).addConfig(CONFIG, ShippedConfigset.DIR).configure();
    for (String collection : List.of(SINGLE, CONCURRENT)) {
      CollectionAdminRequest.createCollection(collection, CONFIG, 1, 1).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(collection, 1, 1);
    }
    List<List<Article>> batches =
        GeneratedArticles.batches(GeneratedArticles.articles(SEED, "load", ARTICLES), BATCH);
    SolrClient client = cluster.getSolrClient();

    long start = System.nanoTime();
    long cpu = cpuNanos();
    for (List<Article> batch : batches) {
      send(client, SINGLE, batch);
    }
    client.commit(SINGLE);
    report(SINGLE, "1 thread", start, cpu);

    start = System.nanoTime();
    cpu = cpuNanos();
    ExecutorService executor =
        ExecutorUtil.newMDCAwareFixedThreadPool(THREADS, new SolrNamedThreadFactory("quotes-load"));
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int thread = t;
        sent.add(
            executor.submit(
                () -> {
                  for (int b = thread; b < batches.size(); b += THREADS) {
                    send(client, CONCURRENT, batches.get(b));
                  }
                  return null;
                }));
      }
      for (Future<?> f : sent) {
        f.get(10, TimeUnit.MINUTES); // a failed request fails the test here, with its exception
      }
    } finally {
      ExecutorUtil.shutdownAndAwaitTermination(executor);
    }
    client.commit(CONCURRENT);
    report(CONCURRENT, THREADS + " threads", start, cpu);
  }

  private static void send(SolrClient client, String collection, List<Article> batch) throws Exception {
    UpdateRequest update = new UpdateRequest();
    batch.forEach(a -> update.add(a.doc()));
    UpdateResponse rsp = update.process(client, collection);
    assertEquals("status of an update request to " + collection, 0, rsp.getStatus());
  }

  /**
   * Prints how long a run took, the CPU time the JVM (Solr and its clients) used meanwhile, and the
   * quotations found.
   */
  private static void report(String collection, String how, long startNanos, long startCpuNanos) throws Exception {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double cpu = (cpuNanos() - startCpuNanos) / 1e9;
    // the test framework's log configuration shows errors only; this line is the run's measurement
    System.out.println(
        String.format(
            Locale.ROOT, "indexed %,d articles (%,d quotations) from %s in %.1f s (%.0f articles/s), %.1f s of CPU",
            ARTICLES, count(collection, "doc_type:quote"), how, seconds, ARTICLES / seconds, cpu));
  }

  private static long cpuNanos() {
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
  }

  @AfterClass
  public static void clearProperties() {
    System.clearProperty("metricsEnabled");
    CHILDREN.clear();
  }

  @Test
  public void bothRunsIndexedEveryArticleWithoutAnError() throws Exception {
    for (String collection : List.of(SINGLE, CONCURRENT)) {
      assertEquals(collection, ARTICLES, count(collection, "doc_type:article"));
      Map<String, Long> counters = counters(collection);
      assertEquals(collection + ": " + counters, Long.valueOf(ARTICLES), counters.get("docs"));
      assertEquals(collection + ": " + counters, Long.valueOf(0), counters.get("failed"));
      assertEquals(collection + ": " + counters, Long.valueOf(0), counters.get("skipped"));
      assertEquals(collection + ": " + counters, Long.valueOf(0), counters.get("truncated"));
      assertEquals(collection + ": " + counters, counters.get("quotes"), Long.valueOf(count(collection, "doc_type:quote")));
    }
  }

  @Test
  public void bothRunsFoundTheSameNumbersOfQuotationsAndClaims() throws Exception {
    long quotations = count(SINGLE, "doc_type:quote");
    // every article has at least one clearly attributed quotation
    assertTrue("quotations found: " + quotations, quotations >= ARTICLES);
    assertEquals(quotations, count(CONCURRENT, "doc_type:quote"));
    // claims are on in the shipped configset: both runs found the same, and some
    long claims = count(SINGLE, "doc_type:claim");
    assertTrue("claims found: " + claims, claims > 0);
    assertEquals(claims, count(CONCURRENT, "doc_type:claim"));
  }

  @Test
  public void speakerFacetCountsAreEqual() throws Exception {
    Map<String, Long> single = speakers(SINGLE);
    assertTrue("speakers: " + single.size(), single.size() > 100);
    assertEquals(count(SINGLE, "doc_type:quote"), single.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(single, speakers(CONCURRENT));
  }

  @Test
  public void everyArticleHasTheSameQuotationChildren() throws Exception {
    Map<String, Integer> counts = SolrQueries.childCounts(cluster.getSolrClient(), SINGLE, params());
    assertEquals(ARTICLES, counts.size());
    assertEquals(counts, SolrQueries.childCounts(cluster.getSolrClient(), CONCURRENT, params()));
    // each child's id names its article and its place there: the same words by the same speaker
    assertEquals(children(SINGLE), children(CONCURRENT));
  }

  @Test
  public void everyChildHangsUnderItsArticle() throws Exception {
    for (String collection : List.of(SINGLE, CONCURRENT)) {
      // the children an article's id names are as many as its quote_count and claim_count say
      Map<String, Integer> byId = SolrQueries.childrenByArticle(children(collection).keySet());
      Map<String, Integer> counted = new TreeMap<>(SolrQueries.childCounts(cluster.getSolrClient(), collection, params()));
      counted.values().removeIf(n -> n == 0);
      assertEquals(collection, counted, byId);
      // and every child is in an article's block: the block join from all articles finds them all
      assertEquals(
          collection,
          count(collection, "doc_type:(quote OR claim)"),
          count(collection, "{!child of=\"doc_type:article\"}doc_type:article"));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static long count(String collection, String q) throws Exception {
    return cluster.getSolrClient().query(collection, params("q", q, "rows", "0")).getResults().getNumFound();
  }

  private static Map<String, Long> speakers(String collection) throws Exception {
    return SolrQueries.buckets(
        cluster.getSolrClient().query(collection, params("q", "doc_type:quote", "rows", "0", "json.facet", "{s:{type:terms,field:speaker,limit:-1}}")),
        "s");
  }

  /** Each quotation child by id ({@code article/quotes#n}): its speaker, kind and words; read once per collection. */
  private static synchronized Map<String, List<String>> children(String collection) throws Exception {
    Map<String, List<String>> cached = CHILDREN.get(collection);
    if (cached != null) {
      return cached;
    }
    Map<String, List<String>> out = new HashMap<>();
    SolrQueries.forEachDoc(
        cluster.getSolrClient(),
        collection,
        params("q", "doc_type:(quote OR claim)", "fl", "id,speaker,kind,quote"),
        d ->
            out.put(
                (String) d.getFieldValue("id"),
                List.of(
                    String.valueOf(d.getFieldValue("speaker")),
                    String.valueOf(d.getFieldValue("kind")),
                    String.valueOf(d.getFieldValue("quote")))));
    CHILDREN.put(collection, out);
    return out;
  }

  /** The {@code QUOTES.extraction} counters of the collection's one core. */
  private static Map<String, Long> counters(String collection) {
    Replica replica = getCollectionState(collection).getSlice("shard1").getLeader();
    try (SolrCore core = cluster.getReplicaJetty(replica).getCoreContainer().getCore(replica.getCoreName())) {
      Map<String, Long> out = new TreeMap<>();
      core.getSolrMetricsContext()
          .getMetricRegistry()
          .getCounters((name, metric) -> name.startsWith("QUOTES.extraction."))
          .forEach((name, counter) -> out.put(name.substring("QUOTES.extraction.".length()), counter.getCount()));
      return out;
    }
  }
}
