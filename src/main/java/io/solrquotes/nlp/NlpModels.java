package io.solrquotes.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The loaded OpenNLP models, with the tables the fast tagger and tokenizer read them through: safe to
 * share between threads (the {@code *ME} classes built on them are not; see {@link NlpPipeline}).
 */
public final class NlpModels {

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
   * instead of three. On the project's evaluation articles every quotation, speaker and claim comes
   * out the same as with the wider beam. {@link GreedyPosTagger} tags this way by construction; the
   * setting makes OpenNLP's own {@code POSTaggerME} on these models agree with it.
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

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel partsOfSpeech;
  private final PosFeatures posFeatures;
  private final WordSplits wordSplits;

  /**
   * @param sentences sentence detector model
   * @param tokens tokenizer model
   * @param partsOfSpeech part-of-speech tagger model (Universal Dependencies tags)
   * @throws IllegalArgumentException if the part-of-speech model is not of the kind {@link PosFeatures}
   *     reads
   */
  public NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.partsOfSpeech = partsOfSpeech;
    this.posFeatures = PosFeatures.of(partsOfSpeech);
    this.wordSplits = new WordSplits(tokens);
  }

  /** The sentence detector model. */
  public SentenceModel sentences() {
    return sentences;
  }

  /** The tokenizer model. */
  public TokenizerModel tokens() {
    return tokens;
  }

  /** The part-of-speech tagger model (Universal Dependencies tags). */
  public POSModel partsOfSpeech() {
    return partsOfSpeech;
  }

  PosFeatures posFeatures() {
    return posFeatures;
  }

  WordSplits wordSplits() {
    return wordSplits;
  }

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
