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

  /** Sentence spans of {@code text}, relative to it. */
  public Span[] sentences(CharSequence text) {
    return sentences.sentPosDetect(text);
  }

  /** Token spans of {@code text}, relative to it. */
  public Span[] tokens(String text) {
    return tokenizer.tokenizePos(text);
  }

  /** Universal Dependencies part-of-speech tags (PROPN, VERB, PRON…) for the tokens. */
  public String[] tags(String[] tokens) {
    return tagger.tag(tokens);
  }
}
