package io.solrquotes.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

class NlpModelsTest {

  @Test
  void partOfSpeechModelTagsWithABeamOfOne() {
    assertEquals("1", NlpModels.english().partsOfSpeech().getManifestProperty("BeamSize"));
  }

  @Test
  void tokenizerTakesLettersAndDigitsAsTheyStand() {
    assertEquals(true, NlpModels.english().tokens().useAlphaNumericOptimization());
  }

  @Test
  void wholeWordTokensAgreeWithTheShippedModelOnNewsText() throws IOException {
    TokenizerModel shipped;
    try (InputStream in = ModelLoader.open(NlpModels.TOKEN_MODEL, Map.of())) {
      shipped = new TokenizerModel(in);
    }
    TokenizerME model = new TokenizerME(shipped);
    TokenizerME wordsWhole = new TokenizerME(NlpModels.english().tokens());
    String[] texts = {
      "\"We won't back down,\" the senator told reporters on Tuesday.",
      "Mr. Smith, 64, said the U.S. economy grew 2.5% in 2015 -- faster than expected.",
      "He added: 'It's the '90s all over again,' and laughed (twice)."
    };
    for (String text : texts) {
      assertArrayEquals(model.tokenizePos(text), wordsWhole.tokenizePos(text), text);
    }
    assertArrayEquals(new String[] {"\"", "We", "won't", "back", "down", ",", "\""},
        wordsWhole.tokenize("\"We won't back down,\""));
  }

  @Test
  void greedyTaggingAgreesWithTheModelsOwnBeamOnNewsSentences() throws IOException {
    POSModel shipped;
    try (InputStream in = ModelLoader.open(NlpModels.POS_MODEL, Map.of())) {
      shipped = new POSModel(in);
    }
    POSTaggerME beam = new POSTaggerME(shipped, POSTagFormat.UD);
    POSTaggerME greedy = new POSTaggerME(NlpModels.english().partsOfSpeech(), POSTagFormat.UD);
    String[][] sentences = {
      {"\"", "We", "will", "not", "back", "down", ",", "\"", "the", "senator", "told", "reporters", "on", "Tuesday", "."},
      {"Jane", "Smith", ",", "a", "spokeswoman", "for", "the", "campaign", ",", "said", "the", "governor", "had", "overplayed", "his", "hand", "."},
      {"He", "added", "that", "talks", "would", "resume", "next", "week", "."}
    };
    for (String[] tokens : sentences) {
      assertArrayEquals(beam.tag(tokens), greedy.tag(tokens), String.join(" ", tokens));
    }
    assertArrayEquals(
        new String[] {"PROPN", "PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"},
        greedy.tag(new String[] {"Jane", "Smith", "said", "that", "she", "would", "resign", "."}));
  }
}
