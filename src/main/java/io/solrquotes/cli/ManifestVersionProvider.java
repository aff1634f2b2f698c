package io.solrquotes.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar manifest's {@code Implementation-Version}, or "dev" outside a jar. */
final class ManifestVersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "solr-quotes " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
    };
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }
}
