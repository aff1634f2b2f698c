package io.solrquotes.extract;

import java.util.Locale;

/** Whether a resolved speaker is a person, an organisation, or cannot be told. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  UNKNOWN;

  /** The lower-case name used in JSON and in Solr fields, e.g. {@code person}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
