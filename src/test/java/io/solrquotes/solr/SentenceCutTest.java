package io.solrquotes.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceCutTest {

  @Test
  void shortTextIsKept() {
    String text = "One sentence. Two.";
    assertSame(text, SentenceCut.before(text, 100));
    assertSame(text, SentenceCut.before(text, text.length()));
  }

  @Test
  void cutsAtTheLastSentenceEndBeforeTheLimit() {
    String text = "One. Two three. Four five six.";
    assertEquals("One. Two three.", SentenceCut.before(text, 18));
    assertEquals("One. Two three.", SentenceCut.before(text, 15));
    assertEquals("One.", SentenceCut.before(text, 14));
    assertEquals("Is it? Yes! Sure.", SentenceCut.before("Is it? Yes! Sure. More to come", 20));
    assertEquals("Is it? Yes!", SentenceCut.before("Is it? Yes! Sure. More to come", 16));
    assertEquals("Is it?", SentenceCut.before("Is it? Yes! Sure. More to come", 10));
  }

  @Test
  void aSentenceEndsAfterItsClosingQuotationMarks() {
    String text = "\"We are done,\" she said. \"The work is over.\" Then they left the hall.";
    assertEquals("\"We are done,\" she said. \"The work is over.\"", SentenceCut.before(text, 50));
    assertEquals("He said \u201cno.\u201d", SentenceCut.before("He said \u201cno.\u201d And more words here", 25));
  }

  @Test
  void aSentenceEndAnywhereBeforeTheLimitWinsOverLaterWhiteSpace() {
    assertEquals("Hi.", SentenceCut.before("Hi. alpha beta gamma delta", 17));
  }

  @Test
  void cutsAtALineBreak() {
    assertEquals("A headline without a period", SentenceCut.before("A headline without a period\nThe text goes on", 33));
  }

  @Test
  void abbreviationLikeDotsWithoutWhiteSpaceAreNotSentenceEnds() {
    assertEquals("Costs rose 3.5", SentenceCut.before("Costs rose 3.5 percent in total", 16));
  }

  @Test
  void fallsBackToWhiteSpace() {
    assertEquals("alpha beta", SentenceCut.before("alpha beta gamma delta", 13));
    assertEquals("alpha beta gamma", SentenceCut.before("alpha beta gamma delta", 16));
    assertEquals("alpha\tbeta", SentenceCut.before("alpha\tbeta gamma", 12));
  }

  @Test
  void fallsBackToTheLimit() {
    assertEquals("abcd", SentenceCut.before("abcdefghij", 4));
    // white space at the very start is no place to cut: that would leave nothing
    assertEquals(" a", SentenceCut.before(" abcdefghij", 2));
  }

  @Test
  void neverCutsInsideASurrogatePair() {
    String face = "\uD83D\uDE00"; // one code point, two chars
    String text = "ab" + face + "cd";
    assertEquals("ab", SentenceCut.before(text, 3));
    assertEquals("ab" + face, SentenceCut.before(text, 4));
    assertEquals("", SentenceCut.before(face + "abc", 1));
    for (int max = 1; max < 40; max++) {
      String words = face.repeat(30);
      String cut = SentenceCut.before(words, max);
      assertTrue(cut.length() <= max);
      assertTrue(cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1)), "cut at " + max);
      assertEquals(cut.codePoints().count() * 2, cut.length());
    }
  }

  @Test
  void neverLongerThanTheLimitAndAlwaysAPrefix() {
    String text = "We met. \"It is over,\" she said.\nThen\tmore words follow here! And? Done.";
    for (int max = 1; max <= text.length(); max++) {
      String cut = SentenceCut.before(text, max);
      assertTrue(cut.length() <= max, "longer than " + max);
      assertTrue(text.startsWith(cut), "not a prefix at " + max);
      assertFalse(cut.isEmpty() && max > 2, "empty at " + max);
    }
  }
}
