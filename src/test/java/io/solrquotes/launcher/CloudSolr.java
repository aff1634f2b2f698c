package io.solrquotes.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.api.util.SolrVersion;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of N nodes on ports {@code port} … {@code port+N-1}, with an embedded ZooKeeper, each
 * node a Solr home whose {@code lib/} holds the plugin jar (the README's SolrCloud steps: the jar on
 * every node, the configset uploaded to ZooKeeper as {@code quotes}, a collection {@code quotes} of 2
 * shards x 2 replicas). Built afresh on every run: cloud mode keeps no data between runs.
 */
final class CloudSolr extends RunningSolr {

  static final int SHARDS = 2;
  static final int REPLICAS = 2;

  /**
   * Each node's solr.xml: the node finds its port in the hostPort property JettySolrRunner sets.
   * genericCoreNodeNames is left at its default (true); hostContext, which Solr 9 requires and Solr 10
   * refuses (its context is always /solr), is written for Solr 9 only.
   */
  static String solrXml(int solrMajorVersion) {
    String hostContext = solrMajorVersion < 10 ? "    <str name=\"hostContext\">${hostContext:solr}</str>\n" : "";
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <solr>
          <solrcloud>
            <str name="host">127.0.0.1</str>
            <int name="hostPort">${hostPort:8983}</int>
        %s    <int name="zkClientTimeout">${zkClientTimeout:30000}</int>
            <int name="leaderVoteWait">10000</int>
          </solrcloud>
        </solr>
        """.formatted(hostContext);
  }

  private final ZkTestServer zk;
  private final List<JettySolrRunner> nodes;

  private CloudSolr(ZkTestServer zk, List<JettySolrRunner> nodes, CloudSolrClient client, int port) {
    super(client, port);
    this.zk = zk;
    this.nodes = nodes;
  }

  static CloudSolr start(Path dataDir, Path jar, Path configset, int port, int nodeCount) throws Exception {
    Path base = dataDir.resolve("cloud");
    deleteTree(base); // a fresh cluster each run
    Files.createDirectories(base);

    ZkTestServer zk = new ZkTestServer(base.resolve("zookeeper"));
    zk.run();
    List<JettySolrRunner> nodes = new ArrayList<>();
    CloudSolrClient client = null;
    try {
      try (SolrZkClient root = zkClient(zk.getZkHost())) {
        ZkMaintenanceUtils.ensureExists("/solr", root);
      }
      for (int i = 0; i < nodeCount; i++) {
        Path home = Files.createDirectories(base.resolve("node" + (i + 1)));
        Files.writeString(
            home.resolve("solr.xml"), solrXml(SolrVersion.LATEST.getMajorVersion()), StandardCharsets.UTF_8);
        deployJar(home, jar);
        Properties props = new Properties();
        props.setProperty("zkHost", zk.getZkAddress());
        JettySolrRunner node = new JettySolrRunner(home.toString(), props, JettyConfig.builder().setPort(port + i).build());
        nodes.add(node);
        try {
          node.start();
        } catch (Exception e) {
          if (causedByBind(e)) {
            throw portInUse(port + i, " (node " + (i + 1) + " of " + nodeCount + ")", nodeCount);
          }
          throw e;
        }
      }
      client =
          new CloudHttp2SolrClient.Builder(List.of(zk.getZkHost()), Optional.of("/solr"))
              .withDefaultCollection(COLLECTION)
              .build();
      ZkStateReader state = ZkStateReader.from(client);
      state.waitForLiveNodes(60, TimeUnit.SECONDS, (before, live) -> live != null && live.size() >= nodeCount);

      try (SolrZkClient solrZk = zkClient(zk.getZkAddress())) {
        ZkMaintenanceUtils.uploadToZK(
            solrZk, configset, ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + COLLECTION, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
      }
      CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, SHARDS, REPLICAS).process(client);
      state.waitForState(COLLECTION, 90, TimeUnit.SECONDS, (live, c) -> fullyActive(live, c));
      return new CloudSolr(zk, nodes, client, port);
    } catch (Exception e) {
      CloudSolr partial = new CloudSolr(zk, nodes, client, port);
      try {
        partial.close();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static boolean fullyActive(java.util.Set<String> live, DocCollection c) {
    if (c == null || c.getSlices().size() != SHARDS) {
      return false;
    }
    for (Slice s : c.getSlices()) {
      if (s.getReplicas().size() != REPLICAS) {
        return false;
      }
      for (Replica r : s.getReplicas()) {
        if (!r.isActive(live)) {
          return false;
        }
      }
    }
    return true;
  }

  private static SolrZkClient zkClient(String address) {
    return new SolrZkClient.Builder()
        .withUrl(address)
        .withTimeout(30, TimeUnit.SECONDS)
        .withConnTimeOut(30, TimeUnit.SECONDS)
        .build();
  }

  String zkAddress() {
    return zk.getZkAddress();
  }

  @Override
  String kind() {
    return "a " + nodes.size() + "-node SolrCloud";
  }

  @Override
  List<JettySolrRunner> nodes() {
    return nodes;
  }

  @Override
  protected void stop() throws Exception {
    Exception first = null;
    try {
      if (client() != null) {
        client().close();
      }
    } catch (Exception e) {
      first = e;
    }
    for (JettySolrRunner node : nodes) {
      try {
        node.stop();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        }
      }
    }
    try {
      zk.shutdown();
    } catch (Exception e) {
      if (first == null) {
        first = e;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
