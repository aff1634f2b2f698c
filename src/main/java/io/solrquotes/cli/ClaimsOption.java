package io.solrquotes.cli;

import picocli.CommandLine.Option;

/**
 * {@code --no-claims}: claims (reported speech without quotation marks) are found unless turned off;
 * {@code --claims}, which once turned them on, is still accepted.
 */
final class ClaimsOption {

  @Option(
      names = "--claims",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "find claims too: reported speech without quotation marks (kind \"claim\"); on unless"
          + " --no-claims, which finds quotations only and is about twice as fast")
  private boolean claims;

  /** Whether claims are to be found. */
  boolean on() {
    return claims;
  }
}
