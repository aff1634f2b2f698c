package io.solrquotes.solr;

import io.solrquotes.extract.Quote;
import io.solrquotes.extract.QuoteExtractor;
import io.solrquotes.nlp.NlpModels;
import io.solrquotes.solr.GeneratedArticles.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ExecutorUtil;
import org.apache.solr.common.util.SolrNamedThreadFactory;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A node fails while articles are being indexed, and comes back; afterwards every replica holds every
 * acknowledged article with its quotations.
 *
 * <p>The cluster: two nodes, the shipped configset, a collection of two shards with two NRT replicas
 * each, so each node holds one replica of each shard (checked). {@value #THREADS} client threads send
 * {@value #ARTICLES} generated articles ({@link GeneratedArticles}) in batches of {@value #BATCH}
 * through the cloud client, which routes each article to its shard's leader. In three stages:
 *
 * <ol>
 *   <li>while the first third is being sent, the node that holds shard1's leader is stopped (a clean
 *       shutdown, {@code cluster.stopJettySolrRunner}): requests in flight to it may fail, and the
 *       other node's replicas become the leaders;
 *   <li>the second third, held back until the node is down, is indexed into one replica per shard;
 *   <li>the node is started again, and the last third, held back until then, is sent while its
 *       replicas recover from the new leaders.
 * </ol>
 *
 * Then, with all four replicas active, a commit, and each replica's core is asked alone ({@code
 * distrib=false}, at its core URL).
 *
 * <p>What "acknowledged" means here. A batch is acknowledged when its update request returns without
 * an exception. Solr returns once the shard leader has indexed the batch (into its index and its
 * update log) and has forwarded it to each replica it holds to be active; a replica that does not
 * confirm is marked by the leader, before the request returns, as needing recovery (the leader raises
 * its term in the shard's ZooKeeper terms), and cannot serve or lead until it has recovered from a
 * leader. The response header's {@code
 * rf} is the replication factor achieved (the cloud client reports the least over the shards the
 * batch touched): 2 with both copies written, 1 while the node is down. {@code min_rf} is not sent:
 * Solr 9 reports {@code rf} without it, and it never makes Solr refuse a write, so it would change
 * nothing here. A request that throws (its node stopping, no leader yet, a stale route) is not
 * acknowledged, and its articles may or may not have been indexed; it is sent again, every {@value
 * #RETRY_PAUSE_MS} ms, until it is acknowledged or {@value #RETRY_FOR_SECONDS} s have passed. Sending an
 * article again replaces its block (article and quotations), so a retry cannot double anything.
 *
 * <p>What must hold: every batch is acknowledged in the end (one replica per shard is enough to
 * index); batches sent and acknowledged while the node was down report {@code rf} 1; every replica
 * holds every acknowledged article of its shard; every article a replica holds (acknowledged, or
 * left by a request that failed) is of its shard and whole: its {@code quote_count} and its quotation
 * children number what the extractor, run here on the same text, finds (the shipped configset keeps
 * direct and partial quotations of at least {@value #MIN_LENGTH} characters), and no child is
 * without its article; and the two replicas of a shard hold the same articles and the same children.
 *
 * <p>The indexes live on disk ({@code solr.NRTCachingDirectoryFactory}, the configset's default), as
 * in a deployment: the test framework's in-memory directories would lose the stopped node's index, and
 * with its update log left on disk, the node would come back claiming updates it no longer holds.
 */
public class QuoteNodeFailureTest extends SolrCloudTestCase {

  private static final String COLLECTION = "quotes";
  private static final String CONFIG = "quotes";
  private static final int ARTICLES = 3_000;
  private static final int BATCH = 25;
  private static final int THREADS = 4;
  private static final long SEED = 17_2025L;
  private static final int RETRY_PAUSE_MS = 250;
  private static final int RETRY_FOR_SECONDS = 120;
  /** The shipped configset's {@code minLength}. */
  private static final int MIN_LENGTH = 2;

  private static List<Article> articles;
  /** Each article's number of distinct quotations, as the extractor finds them. */
  private static Map<String, Integer> expected;

  /** When a batch was sent and acknowledged, relative to the outage. */
  enum Stage {
    BEFORE,
    DOWN,
    RECOVERING
  }

  /** An acknowledged batch: its articles, the stages it was first sent and acknowledged in, its rf. */
  private record Ack(List<Article> batch, Stage sent, Stage acknowledged, int rf, int failedAttempts) {}

  private static final Map<Integer, Ack> acks = new ConcurrentHashMap<>();
  private static final Set<Integer> givenUp = ConcurrentHashMap.newKeySet();
  private static volatile Stage stage = Stage.BEFORE;
  private static String stoppedNode;
  private static String savedDirectoryFactory;
  private static String timings;

  @BeforeClass
  public static void indexWhileANodeFailsAndComesBack() throws Exception {
    savedDirectoryFactory = System.getProperty("solr.directoryFactory");
    System.setProperty("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
    articles = GeneratedArticles.articles(SEED, "fault", ARTICLES);
    expected = expectedQuotations(articles);

    configureCluster(2).addConfig(CONFIG, ShippedConfigset.DIR).configure();
    CollectionAdminRequest.createCollection(COLLECTION, CONFIG, 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    DocCollection collection = getCollectionState(COLLECTION);
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      for (Slice slice : collection.getSlices()) {
        assertEquals(
            "replicas of " + slice.getName() + " on " + node.getNodeName() + ": " + collection,
            1,
            slice.getReplicas(r -> r.getNodeName().equals(node.getNodeName())).size());
      }
    }
    JettySolrRunner victim = cluster.getReplicaJetty(collection.getSlice("shard1").getLeader());
    stoppedNode = victim.getNodeName();

    List<List<Article>> batches = GeneratedArticles.batches(articles, BATCH);
    int third = batches.size() / 3;
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch restarted = new CountDownLatch(1);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger(); // batches acknowledged or given up
    SolrClient client = cluster.getSolrClient();
    long indexing = System.nanoTime();
    ExecutorService executor =
        ExecutorUtil.newMDCAwareFixedThreadPool(THREADS, new SolrNamedThreadFactory("quotes-fault-indexer"));
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        sent.add(
            executor.submit(
                () -> {
                  for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                    // the second third waits for the node to be down, the last for it to be started
                    if (b >= 2 * third) {
                      await(restarted);
                    } else if (b >= third) {
                      await(stopped);
                    }
                    send(client, b, batches.get(b));
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      // stop the node while the first third is still being sent
      awaitCount(done, third / 2);
      long stopping = System.nanoTime();
      cluster.stopJettySolrRunner(victim);
      cluster.waitForJettyToStop(victim);
      stage = Stage.DOWN;
      long down = System.nanoTime();
      stopped.countDown();
      awaitCount(done, third + third / 2);
      long starting = System.nanoTime();
      cluster.startJettySolrRunner(victim);
      cluster.waitForNode(victim, 60);
      stage = Stage.RECOVERING;
      restarted.countDown();
      waitForAllReplicasActive();
      long active = System.nanoTime();
      for (Future<?> f : sent) {
        f.get(5, TimeUnit.MINUTES);
      }
      timings =
          String.format(
              Locale.ROOT, "stopping %.1f s, down %.1f s, started to all replicas active %.1f s, indexing %.1f s in all",
              seconds(stopping, down), seconds(down, starting), seconds(starting, active),
              seconds(indexing, System.nanoTime()));
    } finally {
      stopped.countDown();
      restarted.countDown();
      ExecutorUtil.shutdownAndAwaitTermination(executor);
    }
    // updates of the last stage may have put a replica back into recovery
    waitForAllReplicasActive();
    client.commit(COLLECTION);
    waitForAllReplicasActive();
    // the test framework's log configuration shows errors only; this line is the run's record
    System.out.println("node failure test: " + timings + "; " + summary());
  }

  /** All four replicas active on live nodes; recovery copies the leader's index, which takes a while on a busy machine. */
  private static void waitForAllReplicasActive() {
    cluster.waitForActiveCollection(COLLECTION, 2, TimeUnit.MINUTES, 2, 4);
  }

  private static double seconds(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e9;
  }

  /** Sends batch {@code b} until it is acknowledged, or gives up after {@value #RETRY_FOR_SECONDS} s. */
  private static void send(SolrClient client, int b, List<Article> batch) throws InterruptedException {
    Stage sentIn = stage;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RETRY_FOR_SECONDS);
    int failed = 0;
    while (true) {
      try {
        UpdateRequest update = new UpdateRequest();
        batch.forEach(a -> update.add(a.doc()));
        UpdateResponse rsp = update.process(client, COLLECTION);
        Object rf = rsp.getResponseHeader().get("rf");
        acks.put(b, new Ack(batch, sentIn, stage, rf == null ? -1 : ((Number) rf).intValue(), failed));
        return;
      } catch (Exception e) {
        failed++;
        if (System.nanoTime() > deadline) {
          givenUp.add(b);
          return;
        }
        Thread.sleep(RETRY_PAUSE_MS);
      }
    }
  }

  private static void await(CountDownLatch latch) throws InterruptedException {
    assertTrue("the node was not stopped or started in time", latch.await(5, TimeUnit.MINUTES));
  }

  private static void awaitCount(AtomicInteger count, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (count.get() < atLeast) {
      assertTrue("only " + count.get() + " batches done, waiting for " + atLeast, System.nanoTime() < deadline);
      Thread.sleep(20);
    }
  }

  /**
   * What the shipped configset stores: direct and partial quotations and claims of at least
   * MIN_LENGTH characters, distinct; the number of children of each article.
   */
  private static Map<String, Integer> expectedQuotations(List<Article> articles) {
    QuoteExtractor extractor = new QuoteExtractor(NlpModels.english(), true);
    Map<String, Integer> out = new HashMap<>();
    for (Article a : articles) {
      List<Quote> kept = new ArrayList<>();
      for (Quote q : extractor.extract(a.body())) {
        if (q.text().length() >= MIN_LENGTH) {
          kept.add(q);
        }
      }
      QuoteFields.Stored stored = QuoteFields.store(List.of(new QuoteFields.Found("body", a.body(), kept)), true);
      out.put(a.id(), stored.quotations() + stored.claims());
    }
    return out;
  }

  @AfterClass
  public static void clearState() {
    if (savedDirectoryFactory == null) {
      System.clearProperty("solr.directoryFactory");
    } else {
      System.setProperty("solr.directoryFactory", savedDirectoryFactory);
    }
    acks.clear();
    givenUp.clear();
    articles = null;
    expected = null;
    timings = null;
    stage = Stage.BEFORE;
  }

  @Test
  public void everyBatchWasAcknowledgedAndIndexingWentOnWhileTheNodeWasDown() {
    int batches = (ARTICLES + BATCH - 1) / BATCH;
    assertEquals("batches given up: " + givenUp, Set.of(), givenUp);
    assertEquals(batches, acks.size());
    List<Integer> rfWhileDown = new ArrayList<>();
    for (Ack ack : acks.values()) {
      if (ack.sent() == Stage.DOWN && ack.acknowledged() == Stage.DOWN) {
        rfWhileDown.add(ack.rf());
      }
    }
    // only the stopped node's copies are missing: each write while it was down is on one replica
    assertFalse("no batch was sent and acknowledged while the node was down: " + summary(), rfWhileDown.isEmpty());
    for (int rf : rfWhileDown) {
      assertEquals("rf of a batch acknowledged while the node was down: " + summary(), 1, rf);
    }
  }

  @Test
  public void everyReplicaHoldsEveryAcknowledgedArticleWithItsQuotations() throws Exception {
    DocCollection collection = getCollectionState(COLLECTION);
    Map<String, Set<String>> acknowledgedByShard = new TreeMap<>();
    for (Ack ack : acks.values()) {
      for (Article a : ack.batch()) {
        acknowledgedByShard.computeIfAbsent(shardOf(collection, a.id()), s -> new TreeSet<>()).add(a.id());
      }
    }
    assertEquals(ARTICLES, acknowledgedByShard.values().stream().mapToInt(Set::size).sum());
    long quotations = 0;
    for (Slice slice : collection.getSlices()) {
      Set<String> acknowledged = acknowledgedByShard.get(slice.getName());
      assertNotNull(slice.getName(), acknowledged);
      ReplicaView first = null;
      for (Replica replica : slice.getReplicas()) {
        ReplicaView view = view(replica);
        String where = replica.getCoreName() + " on " + replica.getNodeName()
            + (replica.getNodeName().equals(stoppedNode) ? " (the node stopped and started again)" : "");
        assertTrue(
            where + " lacks acknowledged articles",
            view.childCounts().keySet().containsAll(acknowledged));
        // each article it holds (acknowledged, or sent by a request that failed) is of its shard and
        // is whole: its quote_count and its children are what the extractor finds
        for (Map.Entry<String, Integer> article : view.childCounts().entrySet()) {
          String id = article.getKey();
          assertEquals(where + ": shard of " + id, slice.getName(), shardOf(collection, id));
          assertEquals(where + ": quote_count + claim_count of " + id, expected.get(id), article.getValue());
          assertEquals(where + ": children of " + id, expected.get(id), view.children().getOrDefault(id, 0));
        }
        assertTrue(where + ": children without their article", view.childCounts().keySet().containsAll(view.children().keySet()));
        if (first == null) {
          first = view;
        } else {
          assertEquals("replicas of " + slice.getName(), first, view);
        }
      }
      quotations += first.childIds().size();
    }
    assertTrue("quotations: " + quotations, quotations >= ARTICLES);
  }

  private static String shardOf(DocCollection collection, String id) {
    return collection.getRouter().getTargetSlice(id, null, null, null, collection).getName();
  }

  // ---------------------------------------------------------------------------------------------

  /** What one replica holds: each article's quote_count + claim_count, and its children's ids by article. */
  private record ReplicaView(Map<String, Integer> childCounts, Map<String, Integer> children, Set<String> childIds) {}

  private static ReplicaView view(Replica replica) throws Exception {
    try (SolrClient core = SolrQueries.coreClient(replica)) {
      Map<String, Integer> counts = SolrQueries.childCounts(core, null, params("distrib", "false"));
      Set<String> childIds = new TreeSet<>();
      SolrQueries.forEachDoc(
          core,
          null,
          params("q", "doc_type:(quote OR claim)", "fl", "id", "distrib", "false"),
          d -> childIds.add((String) d.getFieldValue("id")));
      return new ReplicaView(counts, SolrQueries.childrenByArticle(childIds), childIds);
    }
  }

  private static String summary() {
    Map<String, Integer> byStages = new TreeMap<>();
    int failedAttempts = 0;
    for (Ack ack : acks.values()) {
      byStages.merge(
          String.format(Locale.ROOT, "sent %s, acknowledged %s, rf %d", ack.sent(), ack.acknowledged(), ack.rf()), 1,
          Integer::sum);
      failedAttempts += ack.failedAttempts();
    }
    return "batches " + byStages + ", failed attempts " + failedAttempts;
  }
}
