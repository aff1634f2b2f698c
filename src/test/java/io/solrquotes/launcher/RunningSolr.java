package io.solrquotes.launcher;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;

/** Solr started by the launcher, one node or a cloud, and what every kind shares. */
abstract class RunningSolr {

  static final String COLLECTION = "quotes";
  static final String FACTORY = "io.solrquotes.solr.QuoteExtractionUpdateProcessorFactory";

  private final SolrClient client;
  private final int port;
  private boolean closed;

  /**
   * @param client a client whose default collection is {@link #COLLECTION} (null if Solr failed to
   *     start before one was made)
   * @param port the port of the (first) node
   */
  RunningSolr(SolrClient client, int port) {
    this.client = client;
    this.port = port;
  }

  /** A client whose default collection is {@link #COLLECTION}. */
  final SolrClient client() {
    return client;
  }

  /** The port of the (first) node, for the URLs printed. */
  final int port() {
    return port;
  }

  /** "a node" or "a 2-node SolrCloud", for messages. */
  abstract String kind();

  /** The nodes, to ask where their cores loaded the plugin from. */
  abstract List<JettySolrRunner> nodes();

  /** Stops Solr (and ZooKeeper); called once, by {@link #close}. */
  protected abstract void stop() throws Exception;

  synchronized boolean isClosed() {
    return closed;
  }

  /** Stops Solr, once: called at the end of a --no-serve run and by the shutdown hook on Ctrl-C. */
  final synchronized void close() throws Exception {
    if (!closed) {
      closed = true;
      stop();
    }
  }

  /** Where the cores loaded the plugin class from: the jars, each once. */
  Set<Path> pluginLocations() throws Exception {
    Set<Path> jars = new LinkedHashSet<>();
    for (JettySolrRunner node : nodes()) {
      CoreContainer cores = node.getCoreContainer();
      for (String name : cores.getLoadedCoreNames()) {
        try (SolrCore core = cores.getCore(name)) {
          for (UpdateRequestProcessorFactory f : core.getUpdateProcessingChain(null).getProcessors()) {
            if (f.getClass().getName().equals(FACTORY)) {
              jars.add(Path.of(f.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()));
            }
          }
        }
      }
    }
    return jars;
  }

  // ---------------------------------------------------------------------------------------------
  // shared by the two kinds

  /**
   * Solr must load the plugin from the jar in lib/, as in a user's Solr: with the plugin's classes on
   * this JVM's class path, Solr's class loaders (which ask their parent first) would take them from here.
   */
  static void checkPluginIsNotOnTheClassPath() throws LauncherException {
    for (String name : List.of(RunningSolr.FACTORY, "io.solrquotes.extract.QuoteExtractor")) {
      try {
        Class<?> c = Class.forName(name, false, RunningSolr.class.getClassLoader());
        throw new LauncherException(
            name + " is on the launcher's class path (" + c.getProtectionDomain().getCodeSource().getLocation()
                + "), so Solr would load the plugin from there rather than from the jar in lib/. Start the launcher"
                + " with `mvn package -DskipTests -Plaunch`, or with -cp target/test-classes:$(cat target/launcher.classpath)");
      } catch (ClassNotFoundException expected) {
        // as it must be
      }
    }
  }

  /** Solr's home for one node: its lib/ holds the plugin jar alone, as the README's deploy steps say. */
  static Path deployJar(Path home, Path jar) throws IOException {
    Path lib = Files.createDirectories(home.resolve("lib"));
    try (Stream<Path> old = Files.list(lib)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        // an earlier build's jar (another version) would put a second copy of the plugin beside it
        if (p.getFileName().toString().startsWith("solr-quotes") && p.getFileName().toString().endsWith(".jar")) {
          Files.delete(p);
        }
      }
    }
    return Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Whether nothing listens on {@code port} of the loopback address (Jetty binds 127.0.0.1). */
  static boolean portIsFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The error for a port that is taken, suggesting the next free one(s). */
  static LauncherException portInUse(int port, String which, int nodes) {
    int free = -1;
    for (int p = port + 1; p + nodes - 1 <= 65535 && p < port + 200 && free < 0; p++) {
      boolean all = true;
      for (int i = 0; i < nodes && all; i++) {
        all = portIsFree(p + i);
      }
      if (all) {
        free = p;
      }
    }
    return new LauncherException(
        "port " + port + which + " is already in use (another Solr?); choose another with --port"
            + (free > 0 ? ", e.g. --port " + free : ""));
  }

  static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  static void copyFolder(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Whether two folders hold the same files with the same bytes. */
  static boolean sameFiles(Path a, Path b) throws IOException {
    List<String> left = relativeFiles(a);
    if (!left.equals(relativeFiles(b))) {
      return false;
    }
    for (String f : left) {
      if (!Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> relativeFiles(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().forEach(out::add);
    }
    return out;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
