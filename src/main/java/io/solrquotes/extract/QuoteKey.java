package io.solrquotes.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key of a quotation's words: the same for the same words however they were typed, so that one
 * quotation repeated across articles (wire copy, rewrites, follow-ups) can be grouped and counted.
 *
 * <p>The key of a text is made in this order:
 *
 * <ol>
 *   <li>Unicode NFKC normalisation: compatibility forms become the plain ones (full-width letters,
 *       ligatures, "…" to "...");
 *   <li>lower case ({@link Locale#ROOT});
 *   <li>an apostrophe ({@code ' ’ ‘ ʼ ` ´ ′}) between two letters or digits becomes {@code '}
 *       ("Ukraine’s" and "Ukraine's" are one);
 *   <li>every other character that is not a letter, a digit or a combining mark (quotation marks of
 *       any style, punctuation, dashes, ellipses, symbols, spaces and line breaks) separates words;
 *   <li>the words are joined by one space;
 *   <li>the fillers {@value #FILLER_LIST} are dropped from the start and the end, repeatedly
 *       ("… and we will win, and" gives "we will win").
 * </ol>
 *
 * A text with no word left has no key ({@code null}). A trimmed part of a quotation has a key of its
 * own: finding it inside longer quotations is a query on the words, not on the key.
 */
public final class QuoteKey {

  /** Words dropped from either end of a key. */
  static final Set<String> FILLERS = Set.of("and", "but", "or", "so");

  static final String FILLER_LIST = "and, but, or, so";

  private QuoteKey() {}

  /** The key of {@code text}, or {@code null} if it holds no word. */
  public static String of(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (isApostrophe(c)) { // before letters: U+02BC is a modifier letter
        if (word.length() > 0 && next < s.length() && isLetterOrDigit(s.codePointAt(next))) {
          word.append('\'');
        } else if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else if (isWordChar(c)) {
        word.appendCodePoint(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      i = next;
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    int from = 0;
    int to = words.size();
    while (from < to && FILLERS.contains(words.get(from))) {
      from++;
    }
    while (to > from && FILLERS.contains(words.get(to - 1))) {
      to--;
    }
    return from == to ? null : String.join(" ", words.subList(from, to));
  }

  private static boolean isWordChar(int c) {
    return isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isLetterOrDigit(int c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4' || c == '\u2032';
  }
}
