package io.solrquotes.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.Context;

/**
 * Tags tokens with the part-of-speech model the way OpenNLP's {@code POSTaggerME} does with a beam of
 * one, tag for tag, at a fraction of the cost: the weights of a word come from {@link PosFeatures}
 * instead of from a dozen feature strings built and looked up for every token, and the best tag is
 * taken directly instead of through a beam search.
 *
 * <p>The scores are OpenNLP's to the last bit: the same weights are added in the same order, from
 * the same prior. The best tag is the one with the highest score, and where two scores are so close
 * that their probabilities could round to the same value, the probabilities are computed as OpenNLP
 * computes them and the first tag with the highest wins, as in its beam search.
 *
 * <p>Not thread-safe (it keeps its scores between calls): use one per thread.
 */
final class GreedyPosTagger {

  /** Scores closer than this are compared as OpenNLP's probabilities, which may tie. */
  private static final double NEAR_TIE = 1e-9;

  private final PosFeatures features;
  private final double[] scores;
  private PosFeatures.Word[] words = new PosFeatures.Word[64];
  private int[] tagIds = new int[64];

  GreedyPosTagger(PosFeatures features) {
    this.features = features;
    this.scores = new double[features.tagCount()];
  }

  /** The tags of {@code tokens}: Universal Dependencies tags (PROPN, VERB, PRON…). */
  String[] tag(String[] tokens) {
    int n = tokens.length;
    if (words.length < n) {
      words = new PosFeatures.Word[Math.max(n, 2 * words.length)];
      tagIds = new int[words.length];
    }
    for (int i = 0; i < n; i++) {
      words[i] = features.word(tokens[i]);
    }
    String[] tags = new String[n];
    for (int i = 0; i < n; i++) {
      Arrays.fill(scores, features.prior());
      add(words[i].own());
      if (i >= 1) {
        add(words[i - 1].before1());
      }
      if (i >= 2) {
        add(words[i - 2].before2());
      }
      if (i + 1 < n) {
        add(words[i + 1].after1());
      }
      if (i + 2 < n) {
        add(words[i + 2].after2());
      }
      if (i <= 2) {
        add(features.sentenceBegan(i));
      }
      add(words[i].ownClass());
      if (i >= 1) {
        add(features.previousTag(tagIds[i - 1]));
      }
      if (i >= 2) {
        add(features.previousTags(tagIds[i - 2], tagIds[i - 1]));
      }
      tagIds[i] = best();
      tags[i] = features.tag(tagIds[i]);
    }
    Arrays.fill(words, 0, n, null);
    return tags;
  }

  private void add(Context[] contexts) {
    for (Context c : contexts) {
      add(c);
    }
  }

  /** {@code prior[outcome] += weight * 1}, as OpenNLP's {@code ArrayMath.sumFeatures}. */
  private void add(Context c) {
    if (c == null) {
      return;
    }
    int[] outcomes = c.getOutcomes();
    double[] weights = c.getParameters();
    for (int k = 0; k < outcomes.length; k++) {
      scores[outcomes[k]] += weights[k] * 1.0;
    }
  }

  /** The first tag with the highest probability. */
  private int best() {
    int best = 0;
    double second = Double.NEGATIVE_INFINITY;
    for (int t = 1; t < scores.length; t++) {
      if (scores[t] > scores[best]) {
        second = scores[best];
        best = t;
      } else if (scores[t] > second) {
        second = scores[t];
      }
    }
    if (scores[best] - second > NEAR_TIE) {
      return best;
    }
    // as GISModel.eval: exp, then divide by the sum; then the first of the highest
    double normal = 0.0;
    for (int t = 0; t < scores.length; t++) {
      scores[t] = StrictMath.exp(scores[t]);
      normal += scores[t];
    }
    best = 0;
    for (int t = 0; t < scores.length; t++) {
      scores[t] /= normal;
      if (scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }
}
