package io.solrquotes.extract;

import io.solrquotes.nlp.NlpPipeline;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * The sentences of an article, paragraph by paragraph: OpenNLP's sentence detector, with the breaks
 * it wrongly makes after initials and titles ("Michael C. Cernech", "Gov. Cuomo") or before a
 * lower-case word mended. No sentence spans a line break, and none is longer than {@link
 * #MAX_LENGTH} characters. Also knows the article's lines, to find a paragraph's bounds.
 */
final class Sentences {

  /**
   * Longer stretches without a sentence break (a run of dots, a table, a text with no punctuation) are
   * cut into pieces of at most this many characters, after white space where there is some. The
   * token windows around a quotation are cut from sentences, and tokenizing and tagging a window
   * costs more than linear time in its length.
   */
  static final int MAX_LENGTH = 2_000;

  /** Abbreviations after which the sentence detector wrongly ends a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "st", "lt", "gen", "col", "sgt", "capt", "jr", "sr",
          "rev", "prof", "adm", "cmdr", "maj", "u.s", "u.n", "u.k", "d.c", "vs", "no", "inc", "corp", "co",
          "ft", "mt", "gov't", "atty", "supt", "pres", "sens", "reps", "govs");

  private final String text;
  private final int[] starts;
  /** The offsets of the text's line breaks, ascending. */
  private final int[] lineBreaks;

  private Sentences(String text, int[] starts, int[] lineBreaks) {
    this.text = text;
    this.starts = starts;
    this.lineBreaks = lineBreaks;
  }

  /** A growing list of offsets. */
  private static final class Offsets {
    private int[] values = new int[16];
    private int size;

    void add(int offset) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = offset;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** Splits {@code text} into sentences. */
  static Sentences detect(NlpPipeline nlp, String text) {
    Offsets starts = new Offsets();
    Offsets lineBreaks = new Offsets();
    int n = text.length();
    int p = 0;
    while (p < n) {
      int pe = text.indexOf('\n', p);
      if (pe < 0) {
        pe = n;
      } else {
        lineBreaks.add(pe);
      }
      if (pe > p) {
        Span[] found = nlp.sentences(text.substring(p, pe));
        int previous = -1;
        for (int k = 0; k < Math.max(1, found.length); k++) {
          int start = found.length == 0 ? p : p + found[k].getStart();
          boolean first = k == 0;
          if (first || !endsWithAbbreviation(text, p, start) && !Character.isLowerCase(text.charAt(start))) {
            if (previous >= 0) {
              cutLong(text, previous, start, starts);
            }
            starts.add(start);
            previous = start;
          }
        }
        cutLong(text, previous, pe, starts);
      }
      p = pe + 1;
    }
    if (starts.size == 0 || starts.values[0] > 0) {
      int[] withZero = new int[starts.size + 1];
      System.arraycopy(starts.values, 0, withZero, 1, starts.size);
      return new Sentences(text, withZero, lineBreaks.toArray());
    }
    return new Sentences(text, starts.toArray(), lineBreaks.toArray());
  }

  /**
   * Adds starts inside the sentence {@code [from, to)} so that no piece is longer than {@link
   * #MAX_LENGTH}: after the last white space in a piece's second half, else at the limit (never inside
   * a surrogate pair). Linear: each cut moves on by at least half the limit.
   */
  private static void cutLong(String text, int from, int to, Offsets starts) {
    while (to - from > MAX_LENGTH) {
      int limit = from + MAX_LENGTH;
      int cut = limit;
      while (cut > from + MAX_LENGTH / 2 && !Character.isWhitespace(text.charAt(cut - 1))) {
        cut--;
      }
      if (!Character.isWhitespace(text.charAt(cut - 1))) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      starts.add(cut);
      from = cut;
    }
  }

  int count() {
    return starts.length;
  }

  /** Offset of sentence {@code i}'s first character. */
  int start(int i) {
    return starts[i];
  }

  /** Offset after sentence {@code i}: the next one's start or its line's end, whichever is first. */
  int end(int i) {
    int next = i + 1 < starts.length ? starts[i + 1] : text.length();
    return Math.min(next, lineEnd(starts[i]));
  }

  /** The start of the line (paragraph) holding {@code offset}: after the last line break before it, or 0. */
  int lineStart(int offset) {
    int b = firstBreakAtOrAfter(offset) - 1;
    return b >= 0 ? lineBreaks[b] + 1 : 0;
  }

  /** The end of the line (paragraph) holding {@code offset}: its line break, or the text's length. */
  int lineEnd(int offset) {
    int b = firstBreakAtOrAfter(offset);
    return b < lineBreaks.length ? lineBreaks[b] : text.length();
  }

  /** The index of the first line break at or after {@code offset} ({@code lineBreaks.length} if none). */
  private int firstBreakAtOrAfter(int offset) {
    int b = Arrays.binarySearch(lineBreaks, offset); // line breaks are distinct
    return b >= 0 ? b : -b - 1;
  }

  /** The index of the sentence holding {@code offset} (the last one starting at or before it). */
  int indexOf(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Whether the text before a sentence break ends with an initial ("C.") or a title ("Gov."). */
  private static boolean endsWithAbbreviation(String text, int paragraphStart, int breakAt) {
    int e = breakAt;
    while (e > paragraphStart && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= paragraphStart || text.charAt(e - 1) != '.') {
      return false;
    }
    int s = e - 1;
    while (s > paragraphStart && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    String word = text.substring(s, e - 1);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
