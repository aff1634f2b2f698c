package io.solrquotes.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The loaded OpenNLP models: immutable and safe to share between threads (the {@code *ME} classes
 * built on them are not; see {@link NlpPipeline}).
 *
 * @param sentences sentence detector model
 * @param tokens tokenizer model
 * @param partsOfSpeech part-of-speech tagger model (Universal Dependencies tags)
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {

  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /**
   * The Apache OpenNLP English models (UD EWT, 1.3) bundled on the class path, loaded once per class
   * loader on first use.
   */
  public static NlpModels english() {
    return English.MODELS;
  }

  /**
   * The part-of-speech model's setting: tag with a beam of one (the best tag for each token in turn)
   * instead of three. Tagging costs a third as much, and on the project's evaluation articles every
   * quotation, speaker and claim comes out the same as with the wider beam.
   */
  static final Map<String, String> GREEDY_TAGGING = Map.of("BeamSize", "1");

  /**
   * The tokenizer model's setting: a run of ASCII letters and digits between spaces is one token as
   * it stands, instead of the model being asked at each of its characters. The shipped model has this
   * shortcut off; with it most words cost nothing, tokenizing is several times faster, and on the
   * project's evaluation articles every quotation, speaker and claim comes out the same. (The model
   * alone would split a few such words, "cannot" for one.)
   */
  static final Map<String, String> WHOLE_WORDS = Map.of("useAlphaNumericOptimization", "true");

  /** Lazy holder: the models load when first asked for, once. */
  private static final class English {
    static final NlpModels MODELS = load();

    private static NlpModels load() {
      try (InputStream s = ModelLoader.open(SENTENCE_MODEL, Map.of());
          InputStream t = ModelLoader.open(TOKEN_MODEL, WHOLE_WORDS);
          InputStream p = ModelLoader.open(POS_MODEL, GREEDY_TAGGING)) {
        return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the bundled OpenNLP English models", e);
      }
    }
  }
}
