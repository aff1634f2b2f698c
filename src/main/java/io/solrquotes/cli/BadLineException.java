package io.solrquotes.cli;

/** One input line cannot be used as an article; the message says why, without the location. */
final class BadLineException extends Exception {

  private static final long serialVersionUID = 1L;

  BadLineException(String reason) {
    super(reason);
  }
}
