package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

  private static List<String> quoted(String text) {
    return QuoteScanner.scan(text).stream().map(s -> text.substring(s.contentStart(), s.contentEnd())).toList();
  }

  @Test
  void straightAndCurlyMarks() {
    assertEquals(List.of("We will win,"), quoted("\"We will win,\" she said."));
    assertEquals(List.of("We will win,"), quoted("\u201cWe will win,\u201d she said."));
  }

  @Test
  void mixedStraightAndCurlyMarksPair() {
    assertEquals(List.of("It is noise. Talk is cheap."), quoted("He said: \u201cIt is noise. Talk is cheap.\" Then he left."));
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertEquals(List.of(), quoted("Ukraine's leaders' summit didn't start until '08."));
    assertEquals(List.of("stand by Ukraine's side"), quoted("He urged them to \"stand by Ukraine's side\" today."));
  }

  @Test
  void singleMarksAtTopLevel() {
    assertEquals(List.of("Very Good Reporter"), quoted("Trump praises Boyle: \u2018Very Good Reporter\u2019 at rally"));
    assertEquals(List.of("a disgrace"), quoted("She called the leaders' plan 'a disgrace' on Monday."));
  }

  @Test
  void singleMarksNestedInDoubleBelongToTheOuterQuote() {
    assertEquals(
        List.of("I read 'The Art of the Deal' twice,"), quoted("\"I read 'The Art of the Deal' twice,\" he said."));
  }

  @Test
  void guillemetsLowHighAndDoubledApostrophes() {
    assertEquals(List.of("Nous resterons"), quoted("Il a dit \u00abNous resterons\u00bb hier."));
    assertEquals(List.of("Wir bleiben"), quoted("Er sagte \u201eWir bleiben\u201c gestern."));
    assertEquals(List.of("We will stay,"), quoted("''We will stay,'' Mr. Hanson said."));
  }

  @Test
  void quoteSplitByItsAttribution() {
    assertEquals(List.of("First,", "second."), quoted("\"First,\" he said, \"second.\""));
  }

  @Test
  void quotationOverSeveralParagraphsIsCutPerParagraphAndLinked() {
    String text = "\"First paragraph of the speech.\n\n\"Second paragraph of it.\n\n\"Last one,\" she said.";
    List<QuoteSpan> spans = QuoteScanner.scan(text);
    assertEquals(3, spans.size());
    assertFalse(spans.get(0).closed());
    assertTrue(spans.get(0).continuesNext());
    assertTrue(spans.get(1).continuesPrevious());
    assertTrue(spans.get(2).continuesPrevious());
    assertTrue(spans.get(2).closed());
    assertEquals("Second paragraph of it.", text.substring(spans.get(1).contentStart(), spans.get(1).contentEnd()));
  }

  @Test
  void markupTagsAreSteppedOver() {
    assertEquals(
        List.of("Hello there"), quoted("<tweet id=\"123\" author=\"@someone\">\"Hello there\" she wrote</tweet>"));
  }

  @Test
  void markupTagsSpanningLinesAreSteppedOver() {
    assertEquals(List.of("Stands empty"), quoted("<tweet author=\"@a\" date=\"May 9\n\">Crowd \"Stands empty\" here<tweet/>"));
  }

  @Test
  void blankedTagsKeepEveryOffset() {
    String text = "<p class=\"lead\">Maria <b>Lopez</b> said \"so\".</P><tweet author=\"@a\nb\"/>x < y and a<br/>b";
    String blanked = QuoteScanner.blankTags(text);
    assertEquals(text.length(), blanked.length());
    // block tags (p, br) begin with a line break, other tags are spaces, a tag's line breaks stay
    String expected =
        "\n" + " ".repeat(15) + "Maria" + " ".repeat(4) + "Lopez" + " ".repeat(5) + "said \"so\"." + "\n" + " ".repeat(20)
            + "\n" + " ".repeat(4) + "x < y and a" + "\n" + " ".repeat(4) + "b";
    assertEquals(expected, blanked);
    String plain = "No tags: 3 < 4 and \"x\" > y.";
    assertTrue(plain == QuoteScanner.blankTags(plain), "a text without tags is returned as it is");
  }

  @Test
  void unclosedMarkRunsToParagraphEndOnly() {
    List<QuoteSpan> spans = QuoteScanner.scan("He said \"this never ends\nNext paragraph here.");
    assertEquals(1, spans.size());
    assertFalse(spans.get(0).closed());
    assertFalse(spans.get(0).continuesNext());
  }

  @Test
  void noMarksNoSpans() {
    assertTrue(QuoteScanner.scan("Nothing quoted here at all.").isEmpty());
    assertTrue(QuoteScanner.scan("").isEmpty());
  }
}
