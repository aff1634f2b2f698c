package io.solrquotes.extract;

import io.solrquotes.nlp.NlpPipeline;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * A stretch of text as tokens with part-of-speech tags and absolute offsets. The tags are found when
 * one is first asked for: many windows are settled by their words alone.
 */
final class TokenWindow {

  static final TokenWindow EMPTY = new TokenWindow(null, "", new int[0], new int[0], new String[0]);

  private final NlpPipeline nlp;
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] words;
  /** Found from the left as far as asked: most rules ask only about the words up to a verb of saying. */
  private NlpPipeline.Tags tags;
  /** The words in lower case, each made when first asked for. */
  private String[] lowers;
  private Boolean titleCase;

  private TokenWindow(NlpPipeline nlp, String text, int[] starts, int[] ends, String[] words) {
    this.nlp = nlp;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.words = words;
  }

  /**
   * Tokenizes {@code text[from, to)}; {@code nlp} tags it when a tag is asked for, so the window
   * belongs to the thread that uses {@code nlp}.
   */
  static TokenWindow of(NlpPipeline nlp, String text, int from, int to) {
    if (to <= from) {
      return EMPTY;
    }
    String part = text.substring(from, to);
    Span[] spans = nlp.tokens(part);
    int n = spans.length;
    int[] starts = new int[n];
    int[] ends = new int[n];
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      starts[i] = from + spans[i].getStart();
      ends[i] = from + spans[i].getEnd();
      words[i] = part.substring(spans[i].getStart(), spans[i].getEnd());
    }
    return new TokenWindow(nlp, text, starts, ends, words);
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  String lower(int i) {
    if (lowers == null) {
      lowers = new String[words.length];
    }
    String l = lowers[i];
    if (l == null) {
      l = words[i].toLowerCase(Locale.ROOT);
      lowers[i] = l;
    }
    return l;
  }

  String tag(int i) {
    if (tags == null) {
      tags = nlp.tagging(words);
    }
    return tags.tag(i);
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** The text from token {@code from} through token {@code to}, inclusive, as written. */
  String text(int from, int to) {
    return text.substring(starts[from], ends[to]);
  }

  /**
   * Whether the window is written in title case, as headlines are ("Former Pollster Says Clinton Is In
   * Trouble"): four words or more, and seven in ten of them capitalised.
   */
  boolean titleCase() {
    if (titleCase == null) {
      int letters = 0;
      int capitals = 0;
      for (int i = 0; i < words.length; i++) {
        if (Character.isLetter(words[i].charAt(0))) {
          letters++;
          capitals += Character.isUpperCase(words[i].charAt(0)) ? 1 : 0;
        }
      }
      titleCase = letters >= 4 && capitals * 10 >= letters * 7;
    }
    return titleCase;
  }

  /** The form of token {@code i} if it is a verb of saying, else {@code null}; no lower-case copy made. */
  SpeechCues.Form cueForm(int i) {
    return SpeechCues.formAt(text, starts[i], ends[i]);
  }

  boolean is(int i, String lowerWord) {
    return i >= 0 && i < words.length && lower(i).equals(lowerWord);
  }

  /** A token with no letter or digit in it. */
  boolean isPunct(int i) {
    String w = words[i];
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token's first letter is upper case ("-Viverito" counts: the tokenizer splits hyphens oddly). */
  boolean isCapitalized(int i) {
    String w = words[i];
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }
}
