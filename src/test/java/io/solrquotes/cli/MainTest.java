package io.solrquotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheSubcommandsAndExitsZero() {
    Cli.Result r = Cli.run("", "--help");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Usage: solr-quotes"), r.out());
    assertTrue(r.out().contains("extract"), r.out());
    assertTrue(r.out().contains("bench"), r.out());
  }

  @Test
  void subcommandHelpExitsZero() {
    Cli.Result r = Cli.run("", "extract", "--help");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("--skip-bad"), r.out());
    assertEquals(0, Cli.run("", "help", "bench").exitCode());
  }

  @Test
  void versionFallsBackToDevOutsideTheJar() {
    Cli.Result r = Cli.run("", "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().startsWith("solr-quotes dev"), r.out()); // tests run from classes, no manifest
  }

  @Test
  void noSubcommandIsAUsageError() {
    Cli.Result r = Cli.run("");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Missing required subcommand"), r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("", "extract", "--no-such-option");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--no-such-option"), r.err());
  }
}
