package io.solrquotes.extract;

/** The words of a stretch of text: runs of letters, with apostrophes inside them ("Ukraine's"). */
final class Words {

  /** Receives one word's offsets; returns {@code false} to stop. */
  interface Visitor {
    boolean visit(int start, int end);
  }

  private Words() {}

  /**
   * Calls {@code visitor} for each word of {@code text[from, to)} in order.
   *
   * @return {@code false} if the visitor stopped early
   */
  static boolean each(String text, int from, int to, Visitor visitor) {
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && (Character.isLetter(text.charAt(i)) || isApostrophe(text.charAt(i)) && i + 1 < to
          && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      if (i > start && !visitor.visit(start, i)) {
        return false;
      }
    }
    return true;
  }

  /** How many words {@code text[from, to)} holds. */
  static int count(String text, int from, int to) {
    int[] count = new int[1];
    each(text, from, to, (s, e) -> {
      count[0]++;
      return true;
    });
    return count[0];
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
