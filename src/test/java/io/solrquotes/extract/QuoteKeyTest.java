package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {

  @Test
  void caseAndSpacingAreFolded() {
    assertEquals("overplayed his hand", QuoteKey.of("Overplayed  his\nHAND"));
    assertEquals("overplayed his hand", QuoteKey.of(" overplayed\this hand "));
  }

  @Test
  void quotationMarksOfEveryStyleAreFolded() {
    String key = "peace through strength";
    for (String typed :
        new String[] {
          "\"peace through strength\"", "\u201cpeace through strength\u201d", "''peace through strength''",
          "\u00abpeace through strength\u00bb", "\u201epeace through strength\u201c", "'peace through strength'",
          "\u2018peace through strength\u2019", "peace through \u201cstrength\u201d"
        }) {
      assertEquals(key, QuoteKey.of(typed), typed);
    }
  }

  @Test
  void apostrophesInWordsAreOneApostrophe() {
    assertEquals("ukraine's side", QuoteKey.of("Ukraine\u2019s side"));
    assertEquals("ukraine's side", QuoteKey.of("Ukraine's side"));
    assertEquals("we don't know", QuoteKey.of("We don\u02bct know"));
    assertEquals("leaders", QuoteKey.of("leaders\u2019"), "an apostrophe ending the words is a mark");
  }

  @Test
  void trailingCommasStopsAndDashesAreFolded() {
    assertEquals("we will finish the bridge", QuoteKey.of("We will finish the bridge,"));
    assertEquals("we will finish the bridge", QuoteKey.of("We will finish the bridge."));
    assertEquals("a just peace a lasting one", QuoteKey.of("a just peace \u2014 a lasting one"));
    assertEquals("a just peace a lasting one", QuoteKey.of("a just peace -- a lasting one"));
    assertEquals("a just peace a lasting one", QuoteKey.of("a just peace \u2013 a lasting one"));
  }

  @Test
  void ellipsesAndFillersAtTheEndsAreDropped() {
    assertEquals("we will win", QuoteKey.of("\u2026 and we will win, and \u2026"));
    assertEquals("we will win", QuoteKey.of("...we will win..."));
    assertEquals("we will win", QuoteKey.of("But we will win"));
    assertEquals("bread and butter", QuoteKey.of("bread and butter"), "a filler inside stays");
    assertEquals("win so we will", QuoteKey.of("so win so we will so"));
  }

  @Test
  void compatibilityFormsAreNormalised() {
    assertEquals("full width", QuoteKey.of("\uff26\uff55\uff4c\uff4c width"));
    assertEquals("efficient", QuoteKey.of("e\ufb03cient"));
    assertEquals("caf\u00e9", QuoteKey.of("cafe\u0301"));
  }

  @Test
  void textWithoutWordsHasNoKey() {
    assertNull(QuoteKey.of(""));
    assertNull(QuoteKey.of("\u201c\u2026\u201d"));
    assertNull(QuoteKey.of(" -- , and "));
  }

  @Test
  void wordsOfOtherScriptsAndDigitsAreKept() {
    assertEquals("2 5 per cent in 2015", QuoteKey.of("2.5 per cent in 2015"));
    assertEquals("\u043c\u0438\u0440", QuoteKey.of("\u041c\u0438\u0440!"));
  }
}
