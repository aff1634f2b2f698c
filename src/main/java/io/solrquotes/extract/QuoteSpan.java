package io.solrquotes.extract;

/**
 * A stretch of text inside quotation marks, within one paragraph.
 *
 * @param openMark offset of the opening mark
 * @param contentStart offset of the first quoted character (after the mark and any space)
 * @param contentEnd offset after the last quoted character (before any space and the closing mark)
 * @param closeMark offset of the closing mark, or -1 when the quote runs to the paragraph's end
 * @param closeMarkEnd offset after the closing mark, or the paragraph's end without one
 * @param single whether single marks ({@code ‘…’}) enclose it rather than double ones
 * @param continuesPrevious whether it carries on a quotation left open at the previous paragraph's
 *     end (the convention of re-opening each paragraph of a long quotation)
 * @param continuesNext whether the quotation is left open at this paragraph's end and re-opened at
 *     the next one's start
 */
record QuoteSpan(
    int openMark,
    int contentStart,
    int contentEnd,
    int closeMark,
    int closeMarkEnd,
    boolean single,
    boolean continuesPrevious,
    boolean continuesNext) {

  boolean closed() {
    return closeMark >= 0;
  }

  int length() {
    return contentEnd - contentStart;
  }
}
