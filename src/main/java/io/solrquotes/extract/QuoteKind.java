package io.solrquotes.extract;

import java.util.Locale;

/** What sort of attributed speech a {@link Quote} record holds. */
public enum QuoteKind {
  /** A quotation standing as its own utterance: {@code "We will win," she said.} */
  DIRECT,
  /** Quoted words embedded in reported speech: {@code He said the plan was "dead on arrival".} */
  PARTIAL,
  /**
   * Reported speech without quotation marks: the content of what was said ({@code Trump told Zelensky
   * to secure a deal}), without the speaker and the verb of saying.
   */
  CLAIM;

  /** The lower-case name used in JSON and in Solr fields, e.g. {@code direct}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #label()}, case-insensitively. */
  public static QuoteKind fromLabel(String label) {
    for (QuoteKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown quote kind: " + label);
  }
}
