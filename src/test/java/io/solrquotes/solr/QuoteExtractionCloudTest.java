package io.solrquotes.solr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SolrNamedThreadFactory;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The shipped configset in SolrCloud: two nodes, a collection of two shards with two NRT replicas
 * each, 40 articles indexed from four threads. Quote extraction stands before {@code
 * DistributedUpdateProcessorFactory} and is not {@code RunAlways}, so it runs once per article, on the
 * core that receives it; the leader's copy and the replica's copy are forwarded with their quotation
 * children already attached, and the processor is skipped there.
 *
 * <p>Two threads send through the cloud client, which routes each article to its shard leader; the
 * other two send to one non-leader core of each shard, which must forward every article to a leader
 * (its own shard's or the other's). The per-core {@code QUOTES.extraction.docs} counters then say
 * exactly where extraction ran: 10 on each of those two cores, 20 on the leaders together, 40 in all.
 */
public class QuoteExtractionCloudTest extends SolrCloudTestCase {

  private static final String COLLECTION = "quotes";
  private static final String CONFIG = "quotes";
  private static final int SHARDS = 2;
  private static final int REPLICAS = 2;
  private static final int ARTICLES = 40;
  private static final int THREADS = 4;

  /** Which core each sending thread's articles went to. */
  private static Replica shard1Receiver;
  private static Replica shard2Receiver;

  private record Speaker(String title, String first, String last) {
    String name() {
      return first + " " + last;
    }
  }

  /** An article and the speaker of each of its distinct quotations. */
  private record Article(String id, String title, String body, List<String> speakers) {
    SolrInputDocument doc() {
      return new GeneratedArticles.Article(id, title, body).doc();
    }
  }

  private static final List<Speaker> SPEAKERS =
      List.of(
          new Speaker("Mayor", "Ana", "Torres"),
          new Speaker("Senator", "Paul", "Okafor"),
          new Speaker("Governor", "Linda", "Marsh"),
          new Speaker("Minister", "Kenji", "Watanabe"),
          new Speaker("Coach", "Rafael", "Mendes"),
          new Speaker("Professor", "Helen", "Brandt"),
          new Speaker("Commissioner", "Omar", "Haddad"),
          new Speaker("Judge", "Clara", "Novak"));
  private static final List<String> THINGS =
      List.of("bridge", "school", "harbour", "library", "stadium", "tunnel", "hospital", "railway", "park", "museum");
  private static final List<String> CITIES = List.of("Riverton", "Lakeside", "Northfield", "Eastport", "Millbrook");
  private static final List<String> MONTHS = List.of("March", "April", "May", "June", "July", "August");

  /**
   * Article {@code i}: one of three templates with one, two or three quotations, each clearly
   * attributed (by full name with title, by surname, or by full name); the years and places make every
   * quotation distinct within its article.
   */
  static Article article(int i) {
    Speaker s = SPEAKERS.get(i % SPEAKERS.size());
    Speaker other = SPEAKERS.get((i + 3) % SPEAKERS.size());
    String thing = THINGS.get(i % THINGS.size());
    String city = CITIES.get(i % CITIES.size());
    int year = 2020 + i;
    String id = String.format("article-%02d", i);
    String title = "Plans for the " + thing + " in " + city;
    switch (i % 3) {
      case 0:
        return new Article(
            id, title,
            "\"We will finish the " + thing + " before the end of " + year + ",\" " + s.title() + " " + s.name()
                + " said on Monday. The project in " + city + " has been delayed twice.",
            List.of(s.name()));
      case 1:
        return new Article(
            id, title,
            s.title() + " " + s.name() + " defended the plan for the " + thing + " in " + city + " on Tuesday. \"The "
                + thing + " is the best use of public money we have seen since " + year + ",\" " + s.last()
                + " said. \"Nobody in " + city + " will pay more tax because of it,\" " + s.last() + " told reporters.",
            List.of(s.name(), s.name()));
      default:
        return new Article(
            id, title,
            "\"Work on the " + thing + " starts in " + MONTHS.get(i % MONTHS.size()) + " " + year + ",\" " + s.title()
                + " " + s.name() + " said. " + other.title() + " " + other.name() + " was not convinced. \"The " + thing
                + " will cost twice what " + city + " was promised,\" " + other.name() + " said. \"We have heard these"
                + " promises since " + year + ",\" " + other.last() + " added.",
            List.of(s.name(), other.name(), other.name()));
    }
  }

  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      out.add(article(i));
    }
    return out;
  }

  /** Quotations per speaker over all articles, as the speaker facet must count them. */
  static Map<String, Long> expectedSpeakers() {
    Map<String, Long> counts = new TreeMap<>();
    for (Article a : articles()) {
      for (String speaker : a.speakers()) {
        counts.merge(speaker, 1L, Long::sum);
      }
    }
    return counts;
  }

  static long expectedQuotations() {
    return articles().stream().mapToLong(a -> a.speakers().size()).sum();
  }

  @BeforeClass
  public static void indexArticlesIntoTwoShards() throws Exception {
    // the test cluster's solr.xml turns metrics off unless asked: the counters are what this test reads
    System.setProperty("metricsEnabled", "true");
    configureCluster(2).addConfig(CONFIG, ShippedConfigset.DIR).configure();
    CollectionAdminRequest.createCollection(COLLECTION, CONFIG, SHARDS, REPLICAS).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, SHARDS, SHARDS * REPLICAS);

    DocCollection collection = getCollectionState(COLLECTION);
    shard1Receiver = nonLeader(collection.getSlice("shard1"));
    shard2Receiver = nonLeader(collection.getSlice("shard2"));

    List<Article> articles = articles();
    ExecutorService executor =
        ExecutorUtil.newMDCAwareFixedThreadPool(THREADS, new SolrNamedThreadFactory("quotes-indexer"));
    try (SolrClient toShard1Replica = SolrQueries.coreClient(shard1Receiver);
        SolrClient toShard2Replica = SolrQueries.coreClient(shard2Receiver)) {
      List<Future<?>> sent = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int thread = t;
        // threads 0 and 1: the cloud client, to the leaders; threads 2 and 3: one non-leader core each
        SolrClient client =
            thread < 2 ? cluster.getSolrClient(COLLECTION) : thread == 2 ? toShard1Replica : toShard2Replica;
        sent.add(
            executor.submit(
                () -> {
                  for (int i = thread; i < articles.size(); i += THREADS) {
                    client.add(articles.get(i).doc());
                  }
                  return null;
                }));
      }
      for (Future<?> f : sent) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      ExecutorUtil.shutdownAndAwaitTermination(executor);
    }
    cluster.getSolrClient().commit(COLLECTION);
  }

  @AfterClass
  public static void clearProperties() {
    System.clearProperty("metricsEnabled");
  }

  @Test
  public void theProcessorIsNotRunAlways() {
    // forwarded updates (update.distrib set) skip the processors before DistributedUpdateProcessor
    // unless they are RunAlways: that is what keeps extraction to one run per article
    assertFalse(
        UpdateRequestProcessorFactory.RunAlways.class.isAssignableFrom(QuoteExtractionUpdateProcessorFactory.class));
  }

  @Test
  public void everyReplicaHoldsTheSameQuotations() throws Exception {
    Map<String, Long> summed = new TreeMap<>();
    long quotations = 0;
    long articleDocs = 0;
    for (Slice slice : getCollectionState(COLLECTION).getSlices()) {
      assertEquals(REPLICAS, slice.getReplicas().size());
      ReplicaView first = null;
      for (Replica replica : slice.getReplicas()) {
        ReplicaView view = view(replica);
        if (first == null) {
          first = view;
          assertTrue("shard " + slice.getName() + " holds articles: " + view, view.articles() > 0);
        } else {
          assertEquals("replicas of " + slice.getName() + " differ", first, view);
        }
      }
      first.speakers().forEach((speaker, n) -> summed.merge(speaker, n, Long::sum));
      quotations += first.quotations();
      articleDocs += first.articles();
    }
    assertEquals(ARTICLES, articleDocs);
    assertEquals(expectedQuotations(), quotations);
    assertEquals(expectedSpeakers(), summed);
  }

  @Test
  public void distributedSpeakerFacetCountsEveryQuotationOnce() throws Exception {
    QueryResponse rsp =
        cluster
            .getSolrClient(COLLECTION)
            .query(params("q", "doc_type:quote", "rows", "0", "json.facet", "{speakers:{type:terms,field:speaker,limit:-1}}"));
    assertEquals(expectedQuotations(), rsp.getResults().getNumFound());
    Map<String, Long> counts = new TreeMap<>();
    for (BucketJsonFacet b : rsp.getJsonFacetingResponse().getBucketBasedFacets("speakers").getBuckets()) {
      counts.put((String) b.getVal(), b.getCount());
    }
    assertEquals(expectedSpeakers(), counts);

    QueryResponse articles = cluster.getSolrClient(COLLECTION).query(params("q", "doc_type:article", "rows", "0"));
    assertEquals(ARTICLES, articles.getResults().getNumFound());
  }

  @Test
  public void extractionRanOncePerArticle() throws Exception {
    Map<String, long[]> byRegistry = new TreeMap<>(); // registry -> {docs, quotes}
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      try (SolrClient client = new Http2SolrClient.Builder(node.getBaseUrl().toString()).build()) {
        NamedList<Object> rsp =
            client.request(
                new GenericSolrRequest(
                        SolrRequest.METHOD.GET, "/admin/metrics", params("group", "core", "prefix", "QUOTES.extraction"))
                    .setRequiresCollection(false));
        @SuppressWarnings("unchecked")
        NamedList<Object> registries = (NamedList<Object>) rsp.get("metrics");
        assertNotNull("metrics of " + node.getNodeName() + ": " + rsp, registries);
        for (Map.Entry<String, Object> registry : registries) {
          @SuppressWarnings("unchecked")
          NamedList<Object> metrics = (NamedList<Object>) registry.getValue();
          byRegistry.put(
              registry.getKey(),
              new long[] {
                MetricValues.count(metrics.get("QUOTES.extraction.docs")),
                MetricValues.count(metrics.get("QUOTES.extraction.quotes"))
              });
        }
      }
    }
    DocCollection collection = getCollectionState(COLLECTION);
    Map<String, Replica> replicas = new HashMap<>();
    for (Slice slice : collection.getSlices()) {
      for (Replica r : slice.getReplicas()) {
        replicas.put(registryName(r), r);
      }
    }
    // every replica core has the processor (and its counters), and no other core does
    assertEquals(new TreeMap<>(replicas).keySet(), byRegistry.keySet());

    long docs = byRegistry.values().stream().mapToLong(v -> v[0]).sum();
    long quotes = byRegistry.values().stream().mapToLong(v -> v[1]).sum();
    String where = describe(byRegistry, replicas);
    // once per article, not once per copy (that would be 80)
    assertEquals("extraction runs per core: " + where, ARTICLES, docs);
    assertEquals("quotations stored per core: " + where, expectedQuotations(), quotes);
    // on the core that received the article, and not again on the leader it forwarded it to
    assertEquals(where, ARTICLES / THREADS, byRegistry.get(registryName(shard1Receiver))[0]);
    assertEquals(where, ARTICLES / THREADS, byRegistry.get(registryName(shard2Receiver))[0]);
    long onLeaders = 0;
    for (Slice slice : collection.getSlices()) {
      onLeaders += byRegistry.get(registryName(slice.getLeader()))[0];
    }
    assertEquals(where, 2L * ARTICLES / THREADS, onLeaders);
  }

  // ---------------------------------------------------------------------------------------------

  /** What one replica holds, asked of its core alone. */
  private record ReplicaView(long articles, long quotations, Map<String, Long> speakers) {}

  private static ReplicaView view(Replica replica) throws Exception {
    try (SolrClient core = SolrQueries.coreClient(replica)) {
      QueryResponse quotes =
          core.query(
              params(
                  "q", "doc_type:quote", "distrib", "false", "rows", "0", "facet", "true", "facet.field", "speaker",
                  "facet.limit", "-1", "facet.mincount", "1"));
      Map<String, Long> speakers = new TreeMap<>();
      for (FacetField.Count c : quotes.getFacetField("speaker").getValues()) {
        speakers.put(c.getName(), c.getCount());
      }
      long articles = core.query(params("q", "doc_type:article", "distrib", "false", "rows", "0")).getResults().getNumFound();
      return new ReplicaView(articles, quotes.getResults().getNumFound(), speakers);
    }
  }

  private static Replica nonLeader(Slice slice) {
    Replica leader = slice.getLeader();
    return slice.getReplicas().stream()
        .filter(r -> !r.getName().equals(leader.getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no replica beside the leader in " + slice));
  }

  /** The metrics registry of a replica's core: core quotes_shard1_replica_n1 → solr.core.quotes.shard1.replica_n1. */
  private static String registryName(Replica replica) {
    String prefix = COLLECTION + "_" + replica.getShard() + "_";
    String core = replica.getCoreName();
    assertTrue(core, core.startsWith(prefix));
    return "solr.core." + COLLECTION + "." + replica.getShard() + "." + core.substring(prefix.length());
  }

  private static String describe(Map<String, long[]> byRegistry, Map<String, Replica> replicas) {
    StringBuilder sb = new StringBuilder();
    byRegistry.forEach(
        (name, v) ->
            sb.append(name)
                .append(replicas.containsKey(name) && replicas.get(name).isLeader() ? " (leader)" : "")
                .append(": docs=")
                .append(v[0])
                .append(" quotes=")
                .append(v[1])
                .append("; "));
    return sb.toString();
  }

}
