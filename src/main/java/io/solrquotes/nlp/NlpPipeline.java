package io.solrquotes.nlp;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentence detection, tokenization and part-of-speech tagging over shared {@link NlpModels}. Not
 * thread-safe (OpenNLP's {@code *ME} classes keep per-call state): use one per thread. Cheap to
 * create.
 */
public final class NlpPipeline {

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  public NlpPipeline(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentences());
    this.tokenizer = new TokenizerME(models.tokens());
    this.tagger = new POSTaggerME(models.partsOfSpeech(), POSTagFormat.UD);
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

  /** Token spans of {@code text}, relative to it. */
  public Span[] tokens(String text) {
    return tokenizer.tokenizePos(shortRuns(text));
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

  /** Universal Dependencies part-of-speech tags (PROPN, VERB, PRON…) for the tokens. */
  public String[] tags(String[] tokens) {
    return tagger.tag(tokens);
  }
}
