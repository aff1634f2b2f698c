package io.solrquotes.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The word caches of the tagger and tokenizer stop growing at their cap and answer the same past it. */
class WordCachesTest {

  private static String word(int i) {
    return String.format(Locale.ROOT, "w%06d,", i);
  }

  @Test
  void posFeaturesKeepAtMostTheCapAndTagTheSamePastIt() {
    PosFeatures features = PosFeatures.of(NlpModels.english().partsOfSpeech());
    for (int i = 0; i < PosFeatures.MAX_CACHED_WORDS + 10; i++) {
      features.word(word(i));
    }
    assertEquals(PosFeatures.MAX_CACHED_WORDS, features.cachedWords());
    assertSame(features.word(word(1)), features.word(word(1)), "a kept word");
    GreedyPosTagger tagger = new GreedyPosTagger(features);
    POSTaggerME model = new POSTaggerME(NlpModels.english().partsOfSpeech(), POSTagFormat.UD);
    String[] sentence = {"Unkept", "words", "like", "zyxwvut", "still", "tag", "as", "the", "model", "does", "."};
    assertArrayEquals(model.tag(sentence), tagger.tag(sentence));
    assertEquals(PosFeatures.MAX_CACHED_WORDS, features.cachedWords());
  }

  @Test
  void wordSplitsKeepAtMostTheCapAndSplitTheSamePastIt() {
    WordSplits splits = new WordSplits(NlpModels.english().tokens());
    TokenizerME tokenizer = new TokenizerME(NlpModels.english().tokens());
    for (int i = 0; i < WordSplits.MAX_CACHED_WORDS + 10; i++) {
      splits.of(word(i), tokenizer);
    }
    assertEquals(WordSplits.MAX_CACHED_WORDS, splits.cachedWords());
    String unkept = "(unkept),";
    Span[] model = tokenizer.tokenizePos(unkept);
    int[] cuts = splits.of(unkept, tokenizer);
    assertEquals(2 * model.length, cuts.length);
    for (int i = 0; i < model.length; i++) {
      assertEquals(model[i], new Span(cuts[2 * i], cuts[2 * i + 1]));
    }
    assertEquals(WordSplits.MAX_CACHED_WORDS, splits.cachedWords());
  }
}
