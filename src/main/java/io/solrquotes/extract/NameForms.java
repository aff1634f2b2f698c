package io.solrquotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one written form a person's name is shown in, whatever the article wrote: "Donald J. Trump" →
 * "Donald Trump", "Martin Luther King Jr." → "Martin Luther King", "PENCE" → "Pence", "O’Malley" →
 * "O'Malley". Initials that open a name stay, and so do the ones after them ("J.D. Vance", "J. K.
 * Rowling").
 */
final class NameForms {

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe", "phd");

  private NameForms() {}

  /** Whether {@code word} is a suffix after a name, no part of it: "Jr.", "III", "QC", "MP". */
  static boolean isSuffix(String word) {
    String bare = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    return SUFFIXES.contains(stripPeriod(bare).toLowerCase(Locale.ROOT));
  }

  /** The shown form of a person's name. */
  static String person(String name) {
    String[] words = apostrophes(name).split(" ");
    List<String> kept = new ArrayList<>(words.length);
    boolean byInitials = words.length > 0 && initial(words[0]); // "J. K. Rowling" keeps its initials
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      String bare = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
      if (i > 0 && isSuffix(bare)) {
        continue;
      }
      if (i > 0 && i < words.length - 1 && !byInitials && initial(bare)) {
        continue;
      }
      kept.add(capitalised(bare));
    }
    if (kept.isEmpty()) {
      return name;
    }
    String last = kept.get(kept.size() - 1);
    if (last.endsWith(",")) {
      kept.set(kept.size() - 1, last.substring(0, last.length() - 1));
    }
    return String.join(" ", kept);
  }

  /** Curly apostrophes straightened: the form users type. */
  static String apostrophes(String name) {
    return name.replace('\u2019', '\'');
  }

  /** "J.", "J", "H.W.": one or more single-letter initials. */
  private static boolean initial(String w) {
    if (w.length() == 1) {
      return Character.isUpperCase(w.charAt(0));
    }
    for (int i = 0; i < w.length(); i += 2) {
      if (!Character.isUpperCase(w.charAt(i)) || i + 1 >= w.length() || w.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** A word in capitals of three or more letters ("PENCE") in the case of a name ("Pence"). */
  private static String capitalised(String w) {
    if (w.length() < 3) {
      return w;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return w;
      }
    }
    StringBuilder out = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  private static String stripPeriod(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
