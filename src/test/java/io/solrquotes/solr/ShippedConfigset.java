package io.solrquotes.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The configset in the project's solr-config/, as the tests load it: itself, not a copy. */
final class ShippedConfigset {

  /** The project's configset folder. */
  static final Path DIR = Path.of("solr-config").toAbsolutePath();

  private ShippedConfigset() {}

  /**
   * The configset reads its lock type from {@code solr.lock.type} (default native); the test
   * framework's in-memory directories need {@code single}.
   */
  static void useTestLocks() {
    System.setProperty("solr.lock.type", "single");
  }

  /**
   * A new Solr home under {@code parent} whose core {@code collection1} has the shipped configset as
   * its {@code conf} (a symbolic link).
   */
  static Path solrHome(Path parent) throws IOException {
    useTestLocks();
    Path home = Files.createDirectories(parent.resolve("solr-home"));
    Path core = Files.createDirectories(home.resolve("collection1"));
    Files.createSymbolicLink(core.resolve("conf"), home.getFileSystem().getPath(DIR.toString()));
    return home;
  }
}
