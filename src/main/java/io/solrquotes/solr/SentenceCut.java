package io.solrquotes.solr;

/** Cuts an over-long text at the last sentence end before a limit, so no quotation is cut in half. */
final class SentenceCut {

  private SentenceCut() {}

  /**
   * The longest prefix of {@code text} of at most {@code maxChars} characters that ends at a sentence
   * end ({@code .}, {@code !} or {@code ?} before white space, or a line break); failing that, at white
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
      char before = text.charAt(i - 1);
      if (c == '\n' || before == '.' || before == '!' || before == '?') {
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
