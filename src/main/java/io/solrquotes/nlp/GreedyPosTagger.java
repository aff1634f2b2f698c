package io.solrquotes.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.Context;

/**
 * Tags tokens with the part-of-speech model the way OpenNLP's {@code POSTaggerME} does with a beam of
 * one, tag for tag, at a fraction of the cost: the weights of a word come from {@link PosFeatures}
 * instead of from a dozen feature strings built and looked up for every token, and the best tag is
 * taken directly instead of through a beam search.
 *
 * <p>A token's score for each tag is the sum of the weights of its features. This class first adds
 * them in an order of its own, the word's own features as one pre-summed array ({@link
 * PosFeatures.Word#self}); that can differ from OpenNLP's sum in the last bits only. When the best
 * two scores are so close that such bits could matter, it adds the same weights again in OpenNLP's
 * order, from the same prior, and compares probabilities as OpenNLP computes them, the first tag with
 * the highest winning as in its beam search. The tags are therefore OpenNLP's.
 *
 * <p>Not thread-safe (it keeps its scores between calls): use one per thread.
 */
final class GreedyPosTagger {

  /**
   * Best scores closer than this are settled by OpenNLP's own sum. Summing the same fifteen-odd
   * weights (each well under 100 in size) in another order moves a score by some 1e-13 at most.
   */
  private static final double NEAR_TIE = 1e-9;

  private final PosFeatures features;
  private final double[] scores;

  GreedyPosTagger(PosFeatures features) {
    this.features = features;
    this.scores = new double[features.tagCount()];
  }

  /** The tags of {@code tokens}: Universal Dependencies tags (PROPN, VERB, PRON…). */
  String[] tag(String[] tokens) {
    Tagging t = start(tokens);
    if (tokens.length > 0) {
      t.tag(tokens.length - 1);
    }
    return t.tags;
  }

  /**
   * The tagging of {@code tokens}, done from the left as far as asked: a token's tag depends on the
   * words around it and on the tags before it only, so the tags of a prefix are those of the whole.
   */
  Tagging start(String[] tokens) {
    return new Tagging(tokens);
  }

  /** One sequence of tokens, tagged from the left up to the furthest token asked for. */
  final class Tagging {
    private final String[] tokens;
    private final PosFeatures.Word[] words;
    private final int[] tagIds;
    private final String[] tags;
    private int done;

    private Tagging(String[] tokens) {
      this.tokens = tokens;
      this.words = new PosFeatures.Word[tokens.length];
      this.tagIds = new int[tokens.length];
      this.tags = new String[tokens.length];
    }

    /** The tag of token {@code i}, tagging the tokens before it first if they are not yet. */
    String tag(int i) {
      while (done <= i) {
        tagNext();
      }
      return tags[i];
    }

    private void tagNext() {
      int i = done;
      int n = tokens.length;
      double[] self = word(i).self();
      double prior = features.prior();
      for (int t = 0; t < scores.length; t++) {
        scores[t] = prior + self[t];
      }
      addNeighbours(i, n);
      addPreviousTags(i);
      int best = best();
      if (best < 0) {
        openNlpScores(i, n);
        best = bestProbability();
      }
      tagIds[i] = best;
      tags[i] = features.tag(best);
      done++;
    }

    private PosFeatures.Word word(int k) {
      PosFeatures.Word w = words[k];
      if (w == null) {
        w = features.word(tokens[k]);
        words[k] = w;
      }
      return w;
    }

    /** The weights of the words up to two tokens around token {@code i}, and of a sentence begun near it. */
    private void addNeighbours(int i, int n) {
      if (i >= 1) {
        add(word(i - 1).before1());
      }
      if (i >= 2) {
        add(word(i - 2).before2());
      }
      if (i + 1 < n) {
        add(word(i + 1).after1());
      }
      if (i + 2 < n) {
        add(word(i + 2).after2());
      }
      if (i <= 2) {
        add(features.sentenceBegan(i));
      }
    }

    /** The weights of the one and two tags before token {@code i}. */
    private void addPreviousTags(int i) {
      if (i >= 1) {
        add(features.previousTag(tagIds[i - 1]));
      }
      if (i >= 2) {
        add(features.previousTags(tagIds[i - 2], tagIds[i - 1]));
      }
    }

    /** Token {@code i}'s scores summed as OpenNLP's {@code GISModel} sums them: same order, same prior. */
    private void openNlpScores(int i, int n) {
      Arrays.fill(scores, features.prior());
      for (Context c : word(i).own()) {
        add(c);
      }
      addNeighbours(i, n);
      for (Context c : word(i).ownClass()) {
        add(c);
      }
      addPreviousTags(i);
    }
  }

  /** {@code score[outcome] += weight * 1}, as OpenNLP's {@code ArrayMath.sumFeatures}. */
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

  /** The tag with the highest score, or -1 if the runner-up is too close to call. */
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
    return scores[best] - second > NEAR_TIE ? best : -1;
  }

  /** As {@code GISModel.eval}: exp, then divide by the sum; then the first of the highest. */
  private int bestProbability() {
    double normal = 0.0;
    for (int t = 0; t < scores.length; t++) {
      scores[t] = StrictMath.exp(scores[t]);
      normal += scores[t];
    }
    int best = 0;
    for (int t = 0; t < scores.length; t++) {
      scores[t] /= normal;
      if (scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }
}
