package io.solrquotes.nlp;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
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

  private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();

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
