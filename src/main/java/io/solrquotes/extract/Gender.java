package io.solrquotes.extract;

/** A person's grammatical gender as the text shows it: by a pronoun, an honorific or a given name. */
enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** The gender a third-person pronoun asks for ("he" → male), {@link #UNKNOWN} for any other word. */
  static Gender ofPronoun(String lower) {
    return switch (lower) {
      case "he", "him", "his", "himself" -> MALE;
      case "she", "her", "hers", "herself" -> FEMALE;
      default -> UNKNOWN;
    };
  }

  /** Whether a person of this gender can be referred to by a pronoun asking for {@code wanted}. */
  boolean agrees(Gender wanted) {
    return this == UNKNOWN || wanted == UNKNOWN || this == wanted;
  }

  /** The two combined: known beats unknown, and two different known genders give {@link #UNKNOWN}. */
  Gender merge(Gender other) {
    if (this == other || other == UNKNOWN) {
      return this;
    }
    return this == UNKNOWN ? other : UNKNOWN;
  }
}
