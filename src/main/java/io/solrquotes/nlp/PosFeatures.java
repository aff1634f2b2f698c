package io.solrquotes.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The part-of-speech model's weights, looked up once per word instead of once per feature string:
 * what {@link GreedyPosTagger} tags with. Immutable apart from its word cache, and safe to share
 * between threads.
 *
 * <p>The bundled model ({@code generator.featuregen} in its file) describes each token by features
 * of the token itself (a prior, its suffixes and prefixes of up to four characters, the lowercased
 * word, its character class and word with class), the lowercased words up to two before and after
 * it, whether a sentence begins at or up to two tokens before it, and the one or two tags before
 * it. OpenNLP builds these as strings for every token and looks each up in the model's map of
 * weights. All but the tag features depend on one word alone, so this class looks a word's weights
 * up once and keeps them ({@link Word}); the tag features are looked up once for every tag and pair
 * of tags. {@link #check} confirms, as the model loads, that the features described here are the
 * model's own.
 */
final class PosFeatures {

  /**
   * The most words whose weights are kept. News text reuses its words: all 2,225 BBC articles and
   * 332 annotated US political articles together hold 46,155 distinct tokens, well under the cap.
   * Past it a new word's weights are looked up each time it is tagged, and nothing is evicted.
   */
  static final int MAX_CACHED_WORDS = 100_000;

  private static final int AFFIX_LENGTH = 4;
  private static final String SENTENCE_BEGINS = "S=begin";

  /**
   * A word's weights, in the order OpenNLP sums them, with the features the model does not know
   * left out.
   *
   * @param own the features of the word as the tagged token, up to and including the word itself
   * @param ownClass its character class and word with class, summed after the window's features
   * @param before1 the word as the token before the tagged one
   * @param before2 the word two tokens before
   * @param after1 the word as the token after the tagged one
   * @param after2 the word two tokens after
   * @param self the weights of {@code own} and {@code ownClass} summed for each tag: one array to add
   *     instead of a dozen, in another order (see {@link GreedyPosTagger})
   */
  record Word(Context[] own, Context[] ownClass, Context before1, Context before2, Context after1, Context after2,
      double[] self) {}

  private final Map<String, Context> weights;
  private final String[] tags;
  private final double prior;
  private final Context sentenceBegins;
  private final Context sentenceBegan1;
  private final Context sentenceBegan2;
  private final Context[] previousTag;
  private final Context[][] previousTags;
  private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  private PosFeatures(AbstractModel model) {
    Object[] data = model.getDataStructures();
    this.weights = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    this.tags = outcomes.clone();
    // OpenNLP's uniform prior: every outcome starts from log(1 / outcomes)
    this.prior = StrictMath.log(1.0 / outcomes.length);
    this.sentenceBegins = weights.get(SENTENCE_BEGINS);
    this.sentenceBegan1 = weights.get("p1" + SENTENCE_BEGINS);
    this.sentenceBegan2 = weights.get("p2" + SENTENCE_BEGINS);
    this.previousTag = new Context[outcomes.length];
    this.previousTags = new Context[outcomes.length][outcomes.length];
    for (int a = 0; a < outcomes.length; a++) {
      previousTag[a] = weights.get("t=" + outcomes[a]);
      for (int b = 0; b < outcomes.length; b++) {
        previousTags[a][b] = weights.get("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
  }

  /**
   * The tables of {@code model}, after checking that its features are the ones described above and
   * that it tags in Universal Dependencies tags.
   *
   * @throws IllegalArgumentException if the model is of another kind
   */
  static PosFeatures of(POSModel model) {
    Object artifact = model.getArtifact("pos.model");
    if (!(artifact instanceof AbstractModel maxent) || maxent.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IllegalArgumentException("not a maximum-entropy part-of-speech model: " + artifact);
    }
    POSTagFormat format = POSTagFormatMapper.guessFormat(model);
    if (format != POSTagFormat.UD) {
      throw new IllegalArgumentException("the part-of-speech model's tags are " + format + ", not Universal Dependencies");
    }
    PosFeatures features = new PosFeatures(maxent);
    features.check(model.getFactory().getPOSContextGenerator(0));
    return features;
  }

  int tagCount() {
    return tags.length;
  }

  String tag(int id) {
    return tags[id];
  }

  double prior() {
    return prior;
  }

  /** "S=begin", "p1S=begin", "p2S=begin": a sentence begins at the token, one or two before it. */
  Context sentenceBegan(int tokensAgo) {
    return switch (tokensAgo) {
      case 0 -> sentenceBegins;
      case 1 -> sentenceBegan1;
      case 2 -> sentenceBegan2;
      default -> null;
    };
  }

  /** "t=TAG". */
  Context previousTag(int tag) {
    return previousTag[tag];
  }

  /** "t2=TAG2,TAG1": the tags two and one tokens back. */
  Context previousTags(int twoBack, int oneBack) {
    return previousTags[twoBack][oneBack];
  }

  /** The weights of {@code word}, kept if there is room. */
  Word word(String word) {
    Word w = words.get(word);
    if (w == null) {
      w = lookUp(word);
      if (words.size() < MAX_CACHED_WORDS) {
        words.putIfAbsent(word, w);
      }
    }
    return w;
  }

  /** How many words' weights are kept. */
  int cachedWords() {
    return words.size();
  }

  private Word lookUp(String word) {
    String lower = StringUtil.toLowerCase(word);
    Context[] own = known(ownFeatures(word, lower));
    Context[] ownClass = known(classFeatures(word, lower));
    double[] self = new double[tags.length];
    for (Context[] contexts : List.of(own, ownClass)) {
      for (Context c : contexts) {
        int[] outcomes = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int k = 0; k < outcomes.length; k++) {
          self[outcomes[k]] += parameters[k];
        }
      }
    }
    return new Word(own, ownClass, weights.get("p1w=" + lower), weights.get("p2w=" + lower),
        weights.get("n1w=" + lower), weights.get("n2w=" + lower), self);
  }

  /** "def", "suf=…" and "pre=…" of up to four characters, "w=lower": in the model's order. */
  private static List<String> ownFeatures(String word, String lower) {
    List<String> f = new ArrayList<>();
    f.add("def");
    int affixes = Math.min(AFFIX_LENGTH, word.length());
    for (int i = 0; i < affixes; i++) {
      f.add("suf=" + word.substring(word.length() - i - 1));
    }
    for (int i = 0; i < affixes; i++) {
      f.add("pre=" + word.substring(0, i + 1));
    }
    f.add("w=" + lower);
    return f;
  }

  /** "wc=CLASS" and "w&c=lower,CLASS". */
  private static List<String> classFeatures(String word, String lower) {
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    return List.of("wc=" + wordClass, "w&c=" + lower + "," + wordClass);
  }

  private Context[] known(List<String> features) {
    return features.stream().map(weights::get).filter(c -> c != null).toArray(Context[]::new);
  }

  /**
   * The feature strings of token {@code i}, in OpenNLP's order, for {@link #check}: the same as the
   * model's own context generator gives, or the model is not one this class can read.
   */
  static List<String> features(String[] tokens, int i, String[] previousTags) {
    String word = tokens[i];
    String lower = StringUtil.toLowerCase(word);
    List<String> f = new ArrayList<>(ownFeatures(word, lower));
    for (int k = 1; k <= 2; k++) {
      if (i - k >= 0) {
        f.add("p" + k + "w=" + StringUtil.toLowerCase(tokens[i - k]));
      }
    }
    for (int k = 1; k <= 2; k++) {
      if (i + k < tokens.length) {
        f.add("n" + k + "w=" + StringUtil.toLowerCase(tokens[i + k]));
      }
    }
    if (i == 0) {
      f.add(SENTENCE_BEGINS);
    }
    for (int k = 1; k <= 2; k++) {
      if (i - k == 0) {
        f.add("p" + k + SENTENCE_BEGINS);
      }
    }
    f.addAll(classFeatures(word, lower));
    if (i >= 1) {
      f.add("t=" + previousTags[i - 1]);
    }
    if (i >= 2) {
      f.add("t2=" + previousTags[i - 2] + "," + previousTags[i - 1]);
    }
    return f;
  }

  /** Sentences whose features {@link #check} compares, with words of every character class. */
  private static final String[][] PROBES = {
    {"\"", "We", "won't", "back", "down", ",", "\"", "Sen.", "Jane", "O'Neill", "told", "CNN", "on", "Tuesday", "."},
    {"Mr", "Smith", ",", "64", ",", "said", "the", "U.S.", "economy", "grew", "2.5%", "in", "2015", "-", "1999/2000", "."},
    {"I", "'m", "A", "BBC", "X-ray", "3,000", "1.5", "10-12", "a1", "ÉCOLE", "naïve", "Zürich", "…", "?"},
    {"Yes"}
  };

  /** Throws if the model's own context generator describes a token otherwise than {@link #features}. */
  private void check(POSContextGenerator model) {
    for (String[] tokens : PROBES) {
      String[] previous = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        List<String> theirs = Arrays.asList(model.getContext(i, tokens, previous, null));
        List<String> ours = features(tokens, i, previous);
        if (!theirs.equals(ours)) {
          throw new IllegalArgumentException("the part-of-speech model describes \"" + tokens[i] + "\" in \""
              + String.join(" ", tokens) + "\" by features other than those this tagger reads: " + theirs);
        }
        previous[i] = tags[i % tags.length];
      }
    }
  }
}
