package io.solrquotes.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {

  @Test
  void textWithoutLongPunctuationRunsPassesAsItIs() {
    String text = "\"We won't back down...\" -- she said (twice).";
    assertSame(text, NlpPipeline.shortRuns(text));
  }

  @Test
  void longPunctuationRunsAreCutKeepingEveryOffset() {
    String dots = ".".repeat(100);
    String text = "Before " + dots + " after, \u201c" + "!".repeat(40) + "\u201d";
    String tamed = NlpPipeline.shortRuns(text);
    assertEquals(text.length(), tamed.length());
    assertEquals("Before " + ".".repeat(32) + " ".repeat(68) + " after, \u201c" + "!".repeat(31) + " ".repeat(10),
        tamed);
  }

  @Test
  void aHundredThousandDotsAreTokenizedAndSplitAsThirtyTwo() {
    NlpPipeline nlp = new NlpPipeline(NlpModels.english());
    String text = "He said " + ".".repeat(100_000) + " on Monday.";
    Span[] tokens = nlp.tokens(text);
    int n = tokens.length;
    assertEquals("on Monday .", tokens[n - 3].getCoveredText(text) + " " + tokens[n - 2].getCoveredText(text)
        + " " + tokens[n - 1].getCoveredText(text));
    for (Span t : tokens) {
      assertTrue(t.getEnd() <= 8 + 32 || t.getStart() >= 8 + 100_000, t::toString);
    }
    Span[] sentences = nlp.sentences(text);
    assertEquals(text.length(), sentences[sentences.length - 1].getEnd());
  }

  /** News-like text with every kind of token the models see: the same text twice reads the kept answers. */
  private static final String[] TEXTS = {
    "\"We won't back down,\" Sen. Jane O'Neill (D-N.Y.) told CNN on Tuesday.",
    "Mr Smith, 64, said the U.S. economy grew 2.5% in 2015 -- faster than the 1.9% of 2014/15.",
    "He added: 'It's the '90s all over again,' and laughed (twice)...",
    "\u201cNo,\u201d she said.\tThe BBC's X-ray\u00a0machine cost \u00a33,000\u2014a lot.\nZ\u00fcrich, na\u00efve, \u00c9COLE \u2026 ?!",
    "a",
    "I",
    "",
    " \n\t ",
    "Yes. No? Maybe! e-mail @handle #tag http://example.com/a?b=c user@example.com"
  };

  @Test
  void tokensAreTheTokenizerModelsOwn() {
    NlpPipeline nlp = new NlpPipeline(NlpModels.english());
    TokenizerME model = new TokenizerME(NlpModels.english().tokens());
    for (int round = 0; round < 2; round++) {
      for (String text : TEXTS) {
        assertArrayEquals(model.tokenizePos(text), nlp.tokens(text), text);
      }
    }
    assertEquals("[\", We, won't, back, down, ,, \"]",
        Arrays.toString(Span.spansToStrings(nlp.tokens("\"We won't back down,\""), "\"We won't back down,\"")));
  }

  @Test
  void tagsAreThoseOfOpenNlpsGreedyTagger() {
    NlpPipeline nlp = new NlpPipeline(NlpModels.english());
    TokenizerME tokenizer = new TokenizerME(NlpModels.english().tokens());
    POSTaggerME model = new POSTaggerME(NlpModels.english().partsOfSpeech(), POSTagFormat.UD);
    for (int round = 0; round < 2; round++) {
      for (String text : TEXTS) {
        String[] tokens = tokenizer.tokenize(text);
        assertArrayEquals(model.tag(tokens), nlp.tags(tokens), text);
        for (int n = 1; n <= Math.min(3, tokens.length); n++) { // the first tokens alone: sentence starts, no tokens after
          String[] first = Arrays.copyOf(tokens, n);
          assertArrayEquals(model.tag(first), nlp.tags(first), String.join(" ", first));
        }
      }
    }
    String[] longSentence = String.join(" ", TEXTS).repeat(5).split(" ");
    assertArrayEquals(model.tag(longSentence), nlp.tags(longSentence));
    assertArrayEquals(new String[] {"PROPN", "PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"},
        nlp.tags(new String[] {"Jane", "Smith", "said", "that", "she", "would", "resign", "."}));
    assertArrayEquals(new String[0], nlp.tags(new String[0]));
  }
  @Test
  void tagsFoundFromTheLeftAsFarAsAskedAreThoseOfTheWhole() {
    NlpPipeline nlp = new NlpPipeline(NlpModels.english());
    String[] tokens = "Mayor Ana Torres told the council on Monday that the budget was tight but fair .".split(" ");
    String[] whole = nlp.tags(tokens);
    for (int asked = 0; asked < tokens.length; asked++) {
      NlpPipeline.Tags tags = nlp.tagging(tokens);
      assertEquals(whole[asked], tags.tag(asked), "token " + asked + " asked first");
      for (int i = 0; i < tokens.length; i++) {
        assertEquals(whole[i], tags.tag(i), "token " + i + " after " + asked);
      }
    }
    // two taggings of one pipeline may interleave
    NlpPipeline.Tags a = nlp.tagging(tokens);
    NlpPipeline.Tags b = nlp.tagging(new String[] {"He", "said", "so", "."});
    assertEquals(whole[3], a.tag(3));
    assertEquals("PRON", b.tag(0));
    assertEquals(whole[10], a.tag(10));
  }
}
