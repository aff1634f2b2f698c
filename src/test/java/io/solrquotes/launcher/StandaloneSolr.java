package io.solrquotes.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One Solr node set up as the README's deploy section says: a Solr home whose {@code lib/} holds the
 * plugin jar, a {@code solr.xml}, and the core {@code quotes} (found by its {@code core.properties})
 * whose {@code conf/} is a copy of the configset. The home lives under the data folder and is reused
 * by the next run, with its index; only the jar in {@code lib/} is replaced, by the one just built.
 */
final class StandaloneSolr extends RunningSolr {

  /** solr.xml: the home's lib/ is on every core's class path without being named. */
  private static final String SOLR_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<solr>\n</solr>\n";

  private final JettySolrRunner node;

  private StandaloneSolr(JettySolrRunner node, SolrClient client, int port) {
    super(client, port);
    this.node = node;
  }

  /** What {@link #start} found: whether the Solr home was there already, and what differs. */
  record Home(Path dir, boolean reused, boolean confDiffers) {}

  /** Lays out (or finds) the Solr home {@code standalone/} under {@code dataDir}, with the jar in its lib/. */
  static Home prepare(Path dataDir, Path jar, Path configset) throws Exception {
    return prepare(dataDir.resolve("standalone"), jar, configset, false);
  }

  /**
   * Lays out the Solr home {@code home} with the jar in its lib/; {@code fresh}: deletes what was there
   * first (index and conf/ included), else reuses it.
   */
  static Home prepare(Path home, Path jar, Path configset, boolean fresh) throws Exception {
    Path core = home.resolve(COLLECTION);
    if (fresh) {
      checkNotInUse(home, core.resolve("data/index/write.lock"));
      deleteTree(home);
    }
    boolean reused = Files.isRegularFile(core.resolve("core.properties"));
    boolean confDiffers = false;
    if (reused) {
      checkNotInUse(home, core.resolve("data/index/write.lock"));
      // the core keeps its conf/ (its index was built with it); say so when solr-config/ has changed
      confDiffers = !sameFiles(configset, core.resolve("conf"));
    } else {
      Files.createDirectories(core);
      copyFolder(configset, core.resolve("conf"));
      Files.writeString(core.resolve("core.properties"), "name=" + COLLECTION + "\n");
    }
    if (!Files.exists(home.resolve("solr.xml"))) {
      Files.writeString(home.resolve("solr.xml"), SOLR_XML);
    }
    deployJar(home, jar);
    return new Home(home, reused, confDiffers);
  }

  /** Another launcher (or Solr) serving this home holds the index's native lock. */
  private static void checkNotInUse(Path home, Path lock) throws LauncherException {
    if (!Files.exists(lock)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        throw inUse(home);
      }
      held.release();
    } catch (OverlappingFileLockException e) {
      throw inUse(home);
    } catch (IOException e) {
      // cannot tell; Solr will say if the index is locked
    }
  }

  private static LauncherException inUse(Path home) {
    return new LauncherException(
        "the Solr home " + home + " is in use: another launcher (or Solr) holds its index; stop that one, or"
            + " give this one another --data folder");
  }

  static StandaloneSolr start(Home home, int port) throws Exception {
    JettySolrRunner node = new JettySolrRunner(home.dir().toString(), JettyConfig.builder().setPort(port).build());
    try {
      node.start();
    } catch (Exception e) {
      stopQuietly(node);
      if (causedByBind(e)) {
        throw portInUse(port, "", 1);
      }
      throw e;
    }
    Map<String, CoreContainer.CoreLoadFailure> failures = node.getCoreContainer().getCoreInitFailures();
    if (!failures.isEmpty()) {
      CoreContainer.CoreLoadFailure f = failures.values().iterator().next();
      stopQuietly(node);
      Throwable root = f.exception;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = String.valueOf(f.exception.getMessage());
      String cause = root != f.exception && !message.contains(String.valueOf(root.getMessage())) ? " (" + root + ")" : "";
      throw new LauncherException(
          "the core " + COLLECTION + " did not load: " + message + cause + "; Solr's log has more. To start"
              + " afresh, delete " + home.dir(),
          f.exception);
    }
    SolrClient client =
        new Http2SolrClient.Builder(node.getBaseUrl().toString()).withDefaultCollection(COLLECTION).build();
    return new StandaloneSolr(node, client, port);
  }

  private static void stopQuietly(JettySolrRunner node) {
    try {
      node.stop();
    } catch (Exception e) {
      // already failing: the first error is the one to report
    }
  }

  @Override
  String kind() {
    return "a Solr node";
  }

  @Override
  List<JettySolrRunner> nodes() {
    return List.of(node);
  }

  @Override
  protected void stop() throws Exception {
    try {
      client().close();
    } finally {
      node.stop();
    }
  }
}
