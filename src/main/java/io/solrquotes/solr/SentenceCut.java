package io.solrquotes.solr;

/** Cuts an over-long text at the last sentence end before a limit, so no quotation is cut in half. */
final class SentenceCut {

  private SentenceCut() {}

  /** Whether a sentence ends right before offset {@code i}: {@code .}, {@code !} or {@code ?}, then any closing marks. */
  private static boolean endsSentence(String text, int i) {
    int j = i - 1;
    while (j > 0 && isClosingMark(text.charAt(j))) {
      j--;
    }
    char c = text.charAt(j);
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isClosingMark(char c) {
    return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == '\u00bb' || c == ')';
  }

  /**
   * The longest prefix of {@code text} of at most {@code maxChars} characters that ends at a sentence
   * end ({@code .}, {@code !} or {@code ?}, with any closing quotation marks, before white space, or a
   * line break); failing that, at white
   * space; failing that, at {@code maxChars} (never inside a surrogate pair).
   */
  static String before(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int lastSpace = -1;
    for (int i = maxChars; i > 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        continue;
      }
      if (c == '\n' || endsSentence(text, i)) {
        return text.substring(0, i);
      }
      if (lastSpace < 0) {
        lastSpace = i;
      }
    }
    if (lastSpace > 0) {
      return text.substring(0, lastSpace);
    }
    int cut = maxChars;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut);
  }
}
