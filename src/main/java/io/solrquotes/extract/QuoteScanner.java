package io.solrquotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quoted stretches of text by their quotation marks, in one linear pass.
 *
 * <p>News text mixes its marks: straight and curly ones in one pair ({@code "…”}), two apostrophes
 * for a double mark ({@code ''…''}, as the New York Times writes), guillemets, German {@code „…“},
 * and single marks that double as apostrophes ({@code Ukraine's}, {@code leaders'}, {@code ’08}).
 * Whether a mark opens or closes is decided from the glyph where it tells, otherwise from what flanks
 * it (space before and a word after opens; a word before and space or punctuation after closes) and
 * from whether a quotation is open. Single-mark quotations are taken only at the top level (those
 * nested in a double-mark quotation belong to it) and only when closed within the paragraph. A
 * double-mark quotation left open at a paragraph's end is cut there; when the next paragraph opens
 * with a mark, the next piece is marked as its continuation. Markup tags ({@code <a href="…">}) are
 * stepped over.
 */
final class QuoteScanner {

  /** Markup tags that end a paragraph or a line, as a line break does in plain text. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "table", "tr", "td", "th", "section", "article", "header", "footer", "aside", "figure", "figcaption", "pre");

  private enum Direction {
    OPEN,
    CLOSE,
    EITHER
  }

  private QuoteScanner() {}

  /** The quoted stretches of {@code text}, in order. */
  static List<QuoteSpan> scan(String text) {
    List<QuoteSpan> spans = new ArrayList<>();
    boolean carried = false;
    int n = text.length();
    int p = 0;
    while (p < n) {
      int pe = paragraphEnd(text, p);
      carried = scanParagraph(text, p, pe, carried, spans);
      p = pe + 1;
    }
    return spans;
  }

  /** The next line break at or after {@code from} that is not inside a markup tag. */
  private static int paragraphEnd(String text, int from) {
    int n = text.length();
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i;
      }
      if (c == '<') {
        int close = tagEnd(text, i, n);
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      i++;
    }
    return n;
  }

  /**
   * Scans one paragraph. Returns whether a quotation is left open at its end and carried into the next
   * paragraph.
   */
  private static boolean scanParagraph(
      String text, int ps, int pe, boolean carriedIn, List<QuoteSpan> out) {
    int doubleOpen = -1; // offset of the open double mark
    int doubleContent = -1;
    boolean doubleContinues = false;
    int singleOpen = -1;
    int singleContent = -1;
    int first = firstNonSpace(text, ps, pe);
    if (first >= pe) {
      return carriedIn; // blank line: a carried quotation waits for the next paragraph
    }
    int i = ps;
    while (i < pe) {
      char c = text.charAt(i);
      if (c == '<') {
        int close = tagEnd(text, i, pe);
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      int len = markLength(text, i, pe);
      if (len == 0) {
        i++;
        continue;
      }
      char prev = i > ps ? text.charAt(i - 1) : ' ';
      char next = i + len < pe ? text.charAt(i + len) : ' ';
      boolean leftFlank = !isSpace(next) && (isSpace(prev) || opensBefore(prev));
      boolean rightFlank = !isSpace(prev) && (isSpace(next) || closesAfter(next));
      if (isSingle(c, len)) {
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) {
          i += len; // apostrophe inside a word
          continue;
        }
        if (singleOpen >= 0 && rightFlank && c != '\u2018') {
          if (doubleOpen < 0) {
            addSpan(out, text, singleOpen, singleContent, i, i + len, true, false, false);
          }
          singleOpen = -1;
        } else if (singleOpen < 0 && leftFlank && !rightFlank && c != '\u2019' && !elision(text, i + 1, pe)) {
          singleOpen = i;
          singleContent = i + len;
        }
        i += len;
        continue;
      }
      Direction dir = direction(c);
      if (doubleOpen < 0) {
        boolean opens =
            switch (dir) {
              case OPEN -> !(rightFlank && !leftFlank);
              case EITHER -> leftFlank || !rightFlank;
              case CLOSE -> leftFlank && !rightFlank;
            };
        if (opens) {
          doubleOpen = i;
          doubleContent = i + len;
          doubleContinues = carriedIn && i == first;
          singleOpen = -1;
        }
      } else {
        boolean restarts = dir == Direction.OPEN && leftFlank && !rightFlank;
        if (restarts) {
          // an opening glyph while open: the earlier quotation was never closed; begin again here
          doubleOpen = i;
          doubleContent = i + len;
          doubleContinues = false;
        } else {
          addSpan(out, text, doubleOpen, doubleContent, i, i + len, false, doubleContinues, false);
          doubleOpen = -1;
          doubleContinues = false;
        }
        singleOpen = -1;
      }
      i += len;
    }
    if (doubleOpen >= 0) {
      boolean carriesOn = nextParagraphOpensQuote(text, pe);
      addSpan(out, text, doubleOpen, doubleContent, -1, pe, false, doubleContinues, carriesOn);
      return carriesOn;
    }
    return false;
  }

  private static void addSpan(
      List<QuoteSpan> out,
      String text,
      int open,
      int content,
      int close,
      int closeEnd,
      boolean single,
      boolean continuesPrevious,
      boolean continuesNext) {
    int s = content;
    int e = close >= 0 ? close : closeEnd;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new QuoteSpan(open, s, e, close, closeEnd, single, continuesPrevious, continuesNext));
    }
  }

  /** How many characters the quotation mark at {@code i} takes (0 if there is none). */
  static int markLength(String text, int i, int end) {
    char c = text.charAt(i);
    switch (c) {
      case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019':
        return 1;
      case '\'':
        if (i + 1 < end && text.charAt(i + 1) == '\'') {
          return 2; // '' as a double mark
        }
        return 1;
      case '`':
        return i + 1 < end && text.charAt(i + 1) == '`' ? 2 : 0;
      default:
        return 0;
    }
  }

  private static boolean isSingle(char c, int len) {
    return len == 1 && (c == '\'' || c == '\u2018' || c == '\u2019');
  }

  private static Direction direction(char c) {
    return switch (c) {
      case '\u201c', '\u201e', '\u00ab', '`' -> Direction.OPEN;
      case '\u201d', '\u00bb' -> Direction.CLOSE;
      default -> Direction.EITHER;
    };
  }

  /** Elided letters after an apostrophe that would look like an opening mark: ’08, ’em, ’til. */
  private static boolean elision(String text, int i, int end) {
    if (i >= end) {
      return false;
    }
    char c = text.charAt(i);
    if (Character.isDigit(c)) {
      return true;
    }
    int j = i;
    while (j < end && Character.isLetter(text.charAt(j))) {
      j++;
    }
    String word = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
    return switch (word) {
      case "em", "til", "tis", "twas", "cause", "n", "bout", "round" -> true;
      default -> false;
    };
  }

  private static boolean nextParagraphOpensQuote(String text, int pe) {
    int i = pe;
    int n = text.length();
    while (i < n && isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    int len = markLength(text, i, n);
    if (len == 0 || isSingle(text.charAt(i), len)) {
      return false;
    }
    char next = i + len < n ? text.charAt(i + len) : ' ';
    return !isSpace(next);
  }

  /**
   * {@code text} with its markup tags ({@code <p class="lead">}, {@code </b>}) blanked, so that every
   * offset stays where it was: the {@code <} of a block tag ({@code <p>}, {@code </div>}, {@code <br/>})
   * becomes a line break, and every other character of a tag but line breaks a space. The tokenizer
   * would otherwise glue a tag's {@code >} or {@code <} to the word beside it ({@code >Maria}), and a
   * name would run on into the next paragraph. Linear: a tag is looked for up to the next {@code <} at
   * most.
   */
  static String blankTags(String text) {
    int n = text.length();
    char[] blanked = null;
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      int close = tagEnd(text, i, n);
      if (close < 0) {
        continue;
      }
      if (blanked == null) {
        blanked = text.toCharArray();
      }
      for (int j = i; j <= close; j++) {
        if (blanked[j] != '\n') {
          blanked[j] = ' ';
        }
      }
      if (BLOCK_TAGS.contains(tagName(text, i, close))) {
        blanked[i] = '\n';
      }
      i = close;
    }
    return blanked == null ? text : new String(blanked);
  }

  /**
   * {@code text} with its no-break and other fixed-width spaces ({@code Sen.\u00A0Sanders}) made plain
   * spaces, offsets unchanged: the tokenizer and the name rules split words at plain white space only.
   */
  static String plainSpaces(String text) {
    char[] plain = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c >= '\u2000' && c <= '\u200A') {
        if (plain == null) {
          plain = text.toCharArray();
        }
        plain[i] = ' ';
      }
    }
    return plain == null ? text : new String(plain);
  }

  /** The lower-case name of the tag at {@code [start, close]}: {@code p} for {@code </P>}. */
  private static String tagName(String text, int start, int close) {
    int from = start + 1;
    if (from < close && text.charAt(from) == '/') {
      from++;
    }
    int to = from;
    while (to < close && Character.isLetterOrDigit(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** The end of a markup tag starting at {@code i}, or -1 when {@code <} starts none. */
  private static int tagEnd(String text, int i, int pe) {
    if (i + 1 >= pe) {
      return -1;
    }
    char c = text.charAt(i + 1);
    if (!(Character.isLetter(c) || c == '/' || c == '!')) {
      return -1;
    }
    int limit = Math.min(pe, i + 2000);
    for (int j = i + 1; j < limit; j++) {
      char d = text.charAt(j);
      if (d == '>') {
        return j;
      }
      if (d == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static int firstNonSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Characters after which a mark that is followed by a word opens a quotation. */
  private static boolean opensBefore(char c) {
    return switch (c) {
      case '(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '"', '\u201c', '\u201e', '\u2018', '\'', '\u00ab',
          '\u2026' -> true;
      default -> false;
    };
  }

  /** Characters before which a mark that follows a word closes a quotation. */
  private static boolean closesAfter(char c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '"', '\u201d', '\u2019', '\'',
          '\u00bb', '\u2026', '<' -> true;
      default -> false;
    };
  }
}
