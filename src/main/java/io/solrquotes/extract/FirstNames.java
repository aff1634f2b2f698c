package io.solrquotes.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Given names whose bearers are almost always of one gender (the bundled {@code first-names.txt}):
 * "Hillary Clinton" is a woman, "Graeme Souness" a man. Names used for both are not listed.
 */
final class FirstNames {

  private static final Map<String, Gender> GENDERS = load();

  private FirstNames() {}

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    Gender section = Gender.UNKNOWN;
    for (String line : WordList.lines("first-names.txt")) {
      if (line.equals("[male]")) {
        section = Gender.MALE;
      } else if (line.equals("[female]")) {
        section = Gender.FEMALE;
      } else {
        for (String name : line.split("\\s+")) {
          out.put(WordList.key(name), section);
        }
      }
    }
    return Map.copyOf(out);
  }

  /** The gender {@code word} shows as a given name, {@link Gender#UNKNOWN} if it is not a listed one. */
  static Gender gender(String word) {
    Gender g = GENDERS.get(WordList.key(word));
    return g == null ? Gender.UNKNOWN : g;
  }

  /** Whether {@code word} is a listed given name. */
  static boolean contains(String word) {
    return GENDERS.containsKey(WordList.key(word));
  }
}
