package io.solrquotes.extract;

/**
 * A resolved speaker.
 *
 * @param name the name a facet shows (fullest form in the article, titles off, aliases applied), or
 *     {@code null} when nobody can be named
 * @param type person, organisation or unknown
 * @param title title of office as written ("NATO chief"), or {@code null}
 * @param certainty how sure the name is, in [0, 1], the highest confidence a record filed under it
 *     may have: 1 for a name written at the attribution, 0.9 for a pronoun whose referent stands
 *     clearly ahead of any other, about 0.5 for one that does not or for a description, 0 without a
 *     name
 */
record Speaker(String name, SpeakerType type, String title, double certainty) {
  static final Speaker UNKNOWN = new Speaker(null, SpeakerType.UNKNOWN, null, 0);

  /** This speaker, no surer than {@code atMost}. */
  Speaker atMost(double atMost) {
    return certainty <= atMost ? this : new Speaker(name, type, title, atMost);
  }
}
