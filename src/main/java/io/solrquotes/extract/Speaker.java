package io.solrquotes.extract;

/**
 * A resolved speaker.
 *
 * @param name canonical name within the article, or {@code null} when nobody can be named
 * @param type person, organisation or unknown
 * @param title title of office as written ("NATO chief"), or {@code null}
 */
record Speaker(String name, SpeakerType type, String title) {
  static final Speaker UNKNOWN = new Speaker(null, SpeakerType.UNKNOWN, null);
}
