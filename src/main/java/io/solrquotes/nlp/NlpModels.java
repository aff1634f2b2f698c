package io.solrquotes.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
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

  /** The entry of a part-of-speech model file that holds the maximum-entropy model. */
  private static final String POS_MODEL_ENTRY = "pos.model";

  /**
   * The Apache OpenNLP English models (UD EWT, 1.3) bundled on the class path, loaded once per class
   * loader on first use.
   */
  public static NlpModels english() {
    return English.MODELS;
  }

  /**
   * The same part-of-speech model, tagging with a beam of one (the best tag for each token in turn)
   * instead of the model's three. Tagging costs a third as much, and on the project's evaluation
   * articles every quotation, speaker and claim comes out the same as with the wider beam.
   */
  static POSModel greedy(POSModel model) {
    MaxentModel maxent = model.getArtifact(POS_MODEL_ENTRY);
    return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
  }

  /**
   * The same tokenizer model, taking a run of ASCII letters and digits between spaces as one token
   * as it stands instead of asking the model at each of its characters. The shipped model has that
   * shortcut switched off; with it most words of a text cost nothing, tokenizing is several times
   * faster, and on the project's evaluation articles every quotation, speaker and claim comes out the
   * same. (The model alone would split a handful of words such as "cannot".)
   */
  static TokenizerModel wordsWhole(TokenizerModel model) {
    TokenizerFactory shipped = model.getFactory();
    TokenizerFactory factory = new TokenizerFactory(shipped.getLanguageCode(),
        shipped.getAbbreviationDictionary(), true, shipped.getAlphaNumericPattern());
    return new TokenizerModel(model.getMaxentModel(), Map.of(), factory);
  }

  /** Lazy holder: the models load when first asked for, once. */
  private static final class English {
    static final NlpModels MODELS = load();

    private static NlpModels load() {
      try (InputStream s = ModelLoader.open(SENTENCE_MODEL);
          InputStream t = ModelLoader.open(TOKEN_MODEL);
          InputStream p = ModelLoader.open(POS_MODEL)) {
        return new NlpModels(new SentenceModel(s), wordsWhole(new TokenizerModel(t)), greedy(new POSModel(p)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the bundled OpenNLP English models", e);
      }
    }
  }
}
