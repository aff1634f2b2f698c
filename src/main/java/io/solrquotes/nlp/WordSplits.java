package io.solrquotes.nlp;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * How the tokenizer model splits each word it has seen ("said," into "said" and ","), kept so that
 * it is asked once per word instead of once per occurrence. Safe to share between threads.
 *
 * <p>OpenNLP's tokenizer cuts the text at spaces, then decides the cuts inside each piece from that
 * piece's characters alone (and its list of abbreviations), so a piece is always split the same way
 * and the kept answer is the model's own.
 */
final class WordSplits {

  /** The most words whose splits are kept; past it a new word is asked about each time. */
  static final int MAX_CACHED_WORDS = 100_000;

  /** The alphanumeric pattern of OpenNLP's English tokenizer factory. */
  private static final String ASCII_ALPHANUMERIC = "^[A-Za-z0-9]+$";

  private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();
  private final boolean asciiWordsWhole;

  /**
   * @param model the tokenizer model: when it takes a run of ASCII letters and digits as one token
   *     (its alphanumeric shortcut on, with the English pattern), so does {@link #whole}
   */
  WordSplits(TokenizerModel model) {
    this.asciiWordsWhole = model.useAlphaNumericOptimization()
        && ASCII_ALPHANUMERIC.equals(model.getFactory().getAlphaNumericPattern().pattern());
  }

  /**
   * Whether the tokenizer takes {@code s[from, to)}, a piece without spaces, as one token without
   * asking its model: ASCII letters and digits only, the model's shortcut. Most words are; they need
   * no lookup.
   */
  boolean whole(String s, int from, int to) {
    if (!asciiWordsWhole) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The tokens of {@code word} (a piece of text without spaces) as start and end offsets relative to
   * it, in pairs: {@code [start0, end0, start1, end1, …]}.
   */
  int[] of(String word, TokenizerME tokenizer) {
    int[] cuts = splits.get(word);
    if (cuts == null) {
      Span[] tokens = tokenizer.tokenizePos(word);
      cuts = new int[2 * tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        cuts[2 * i] = tokens[i].getStart();
        cuts[2 * i + 1] = tokens[i].getEnd();
      }
      if (splits.size() < MAX_CACHED_WORDS) {
        splits.putIfAbsent(word, cuts);
      }
    }
    return cuts;
  }

  /** How many words' splits are kept. */
  int cachedWords() {
    return splits.size();
  }
}
