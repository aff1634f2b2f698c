package io.solrquotes.extract;

import io.solrquotes.nlp.NlpPipeline;
import java.util.Locale;
import opennlp.tools.util.Span;

/** A stretch of text as tokens with part-of-speech tags and absolute offsets. */
final class TokenWindow {

  static final TokenWindow EMPTY = new TokenWindow("", new int[0], new int[0], new String[0], new String[0]);

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] words;
  private final String[] tags;

  private TokenWindow(String text, int[] starts, int[] ends, String[] words, String[] tags) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.words = words;
    this.tags = tags;
  }

  /** Tokenizes and tags {@code text[from, to)}. */
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
    String[] tags = n == 0 ? new String[0] : nlp.tags(words);
    return new TokenWindow(text, starts, ends, words, tags);
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  String lower(int i) {
    return words[i].toLowerCase(Locale.ROOT);
  }

  String tag(int i) {
    return tags[i];
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
