package io.solrquotes.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class NlpModelsTest {

  @Test
  void partOfSpeechModelTagsWithABeamOfOne() {
    assertEquals("1", NlpModels.english().partsOfSpeech().getManifestProperty("BeamSize"));
  }

  @Test
  void greedyTaggingAgreesWithTheModelsOwnBeamOnNewsSentences() throws IOException {
    POSModel shipped;
    try (InputStream in = ModelLoader.open(NlpModels.POS_MODEL)) {
      shipped = new POSModel(in);
    }
    POSTaggerME beam = new POSTaggerME(shipped, POSTagFormat.UD);
    POSTaggerME greedy = new POSTaggerME(NlpModels.greedy(shipped), POSTagFormat.UD);
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
