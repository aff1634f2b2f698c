package io.solrquotes.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of places and of their peoples (the bundled {@code places.txt}): "Britain", "Newcastle",
 * "North Korea", "American". They stand capitalised in news text but name nobody who speaks.
 */
final class Places {

  private static final Set<String> NAMES = load();

  private Places() {}

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String line : WordList.lines("places.txt")) {
      out.add(WordList.key(line));
    }
    return Set.copyOf(out);
  }

  /** Whether {@code name}, as a whole, is a listed place or people; case and "the" do not matter. */
  static boolean contains(String name) {
    String k = WordList.key(name);
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    return NAMES.contains(k);
  }
}
