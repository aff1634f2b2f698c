package io.solrquotes.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
