package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Verbs of saying found in a text in place, as the word itself would be looked up. */
class SpeechCuesTest {

  @Test
  void aWordInTheTextIsLookedUpAsTheWordItself() {
    String text = "Officials SAID, Saying and says; Told. argues the sayer, Éclair and a said-so, saidx";
    Words.each(text, 0, text.length(), (s, e) -> {
      String word = text.substring(s, e);
      assertEquals(SpeechCues.form(word), SpeechCues.formAt(text, s, e), word);
      return true;
    });
    assertEquals(SpeechCues.Form.FINITE, SpeechCues.formAt(text, 10, 14));
    assertNull(SpeechCues.formAt(text, 0, 9));
  }
}
