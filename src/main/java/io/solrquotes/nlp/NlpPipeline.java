package io.solrquotes.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Sentence detection, tokenization and part-of-speech tagging over shared {@link NlpModels}. Not
 * thread-safe (OpenNLP's {@code *ME} classes keep per-call state): use one per thread. Cheap to
 * create.
 */
public final class NlpPipeline {

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final WordSplits wordSplits;
  private final GreedyPosTagger tagger;
  private final List<Span> tokens = new ArrayList<>();

  public NlpPipeline(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentences());
    this.tokenizer = new TokenizerME(models.tokens());
    this.wordSplits = models.wordSplits();
    this.tagger = new GreedyPosTagger(models.posFeatures());
  }

  /**
   * Runs of punctuation longer than this (a line of dots or dashes, a text of quotation marks) are
   * cut to this length for OpenNLP, the rest read as spaces: the sentence detector and the tokenizer
   * take time quadratic in the length of a run without spaces.
   */
  static final int MAX_PUNCTUATION_RUN = 32;

  /** Sentence spans of {@code text}, relative to it. */
  public Span[] sentences(CharSequence text) {
    return sentences.sentPosDetect(shortRuns(text));
  }

  /**
   * Token spans of {@code text}, relative to it: those of OpenNLP's {@code TokenizerME}, which cuts
   * the text at spaces and then splits each piece as the model says, with each piece's split taken
   * from {@link WordSplits}.
   */
  public Span[] tokens(String text) {
    String s = shortRuns(text);
    tokens.clear();
    int start = -1;
    for (int i = 0, n = s.length(); i <= n; i++) {
      if (i == n || StringUtil.isWhitespace(s.charAt(i))) {
        if (start >= 0) {
          split(s, start, i);
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    Span[] spans = tokens.toArray(new Span[0]);
    tokens.clear();
    return spans;
  }

  private void split(String s, int from, int to) {
    if (to - from < 2 || wordSplits.whole(s, from, to)) { // as TokenizerME: one character, or a plain word
      tokens.add(new Span(from, to));
      return;
    }
    int[] cuts = wordSplits.of(s.substring(from, to), tokenizer);
    for (int k = 0; k < cuts.length; k += 2) {
      tokens.add(new Span(from + cuts[k], from + cuts[k + 1]));
    }
  }

  /**
   * {@code text} with every run of more than {@value #MAX_PUNCTUATION_RUN} characters that are
   * neither letters, digits nor space cut to that many, the rest turned into spaces, so that every
   * offset stays the same; {@code text} itself when it has no such run.
   */
  static String shortRuns(CharSequence text) {
    char[] tamed = null;
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) {
        run = 0;
      } else if (++run > MAX_PUNCTUATION_RUN) {
        if (tamed == null) {
          tamed = text.toString().toCharArray();
        }
        tamed[i] = ' ';
      }
    }
    return tamed == null ? text.toString() : new String(tamed);
  }

  /**
   * Universal Dependencies part-of-speech tags (PROPN, VERB, PRON…) for the tokens: those of
   * OpenNLP's {@code POSTaggerME} with a beam of one (see {@link GreedyPosTagger}).
   */
  public String[] tags(String[] tokens) {
    return tagger.tag(tokens);
  }

  /**
   * The same tags, found from the left only as far as they are asked for ({@link Tags#tag}): the
   * tags of a prefix are those of the whole. Belongs to this pipeline's thread, like the pipeline.
   */
  public Tags tagging(String[] tokens) {
    GreedyPosTagger.Tagging t = tagger.start(tokens);
    return t::tag;
  }

  /** Part-of-speech tags of one token sequence, each found when first asked for. */
  @FunctionalInterface
  public interface Tags {
    /** The tag of token {@code i}. */
    String tag(int i);
  }
}
