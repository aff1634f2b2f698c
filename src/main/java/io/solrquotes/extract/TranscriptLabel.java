package io.solrquotes.extract;

/**
 * A transcript's speaker label at the start of a quotation: {@code "PENCE: Well, look…"} or {@code
 * "MR. O'NEILL: By the way…"}. The label names the speaker and is not part of the quoted words.
 */
final class TranscriptLabel {

  private static final int MAX_LABEL = 40;

  private TranscriptLabel() {}

  /**
   * The offset of the colon ending a label that starts at {@code from}, or -1 when the text there is
   * no label: one to four words in capitals, then a colon and a space, within {@code to}.
   */
  static int colon(String text, int from, int to) {
    int limit = Math.min(to, from + MAX_LABEL);
    int letters = 0;
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        boolean spaced = i + 1 < to && Character.isWhitespace(text.charAt(i + 1));
        return letters >= 2 && spaced ? i : -1;
      }
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return -1;
        }
        letters++;
      } else if (c != ' ' && c != '.' && c != '\'' && c != '\u2019' && c != '-') {
        return -1;
      }
    }
    return -1;
  }
}
