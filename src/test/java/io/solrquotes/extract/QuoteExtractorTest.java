package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each construction of attribution that news text uses, on short texts written for the test. */
class QuoteExtractorTest {

  private static QuoteExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = QuoteExtractor.english();
  }

  private static Quote only(String text) {
    List<Quote> quotes = extractor.extract(text);
    assertEquals(1, quotes.size(), () -> "expected one quote in: " + text + " got " + quotes);
    return quotes.get(0);
  }

  private static Quote find(List<Quote> quotes, String words) {
    return quotes.stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
  }

  @Test
  void aQuotedLetterIsNoQuotation() {
    String text = "Voters pull the lever for \u201CR,\u201D or \u201CD,\u201D according to their instinctive preference.";
    assertTrue(extractor.extract(text).isEmpty(), () -> extractor.extract(text).toString());
  }

  @Test
  void speakerAfterTheQuote() {
    String text = "\"We will not back down,\" Maria Lopez said on Tuesday.";
    Quote q = only(text);
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("We will not back down,", q.text());
    assertEquals("Maria Lopez", q.speaker());
    assertEquals("Maria Lopez", q.speakerMention());
    assertEquals("said", q.cue());
    assertEquals(SpeakerType.PERSON, q.speakerType());
    assertEquals(text.indexOf("Maria"), q.speakerStart());
    assertEquals(q.text(), text.substring(q.start(), q.end()));
  }

  @Test
  void verbsOfSayingThatDoubleTheirLastConsonant() {
    Quote admitted = only("\"It is a good day for Ashford,\" Priya Watanabe admitted.");
    assertEquals("Priya Watanabe", admitted.speaker());
    assertEquals("admitted", admitted.cue());
    Quote bragged = only("\"Nobody builds bridges faster,\" the mayor bragged.");
    assertEquals("bragged", bragged.cue());
    Quote labelled = only("Councillor Tom Reed labelled the scheme \"a waste of public money\".");
    assertEquals("Tom Reed", labelled.speaker());
    assertEquals("labelled", labelled.cue());
  }

  @Test
  void pluralPossessiveInTheAppositionKeepsTheSpeaker() {
    Quote q = only("Ahmed Okafor, the head of the residents' association, announced: \"We will fight this plan in court.\"");
    assertEquals("Ahmed Okafor", q.speaker());
    assertEquals("announced", q.cue());
  }

  @Test
  void unknownNameTheTaggerCallsAPrepositionIsStillTheSpeaker() {
    // the tagger reads the sentence-opening "Okafor" as ADP
    Quote q = only("Okafor estimated that the plan was \"reckless and wrong for the town\".");
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("Okafor", q.speaker());
    assertEquals("estimated", q.cue());
  }

  @Test
  void invertedOrderWithHonorific() {
    Quote q = only("Plans are set. \"The budget is final,\" said Mr. Smith, the city's treasurer.");
    assertEquals("Smith", q.speaker());
    assertEquals("said", q.cue());
    assertTrue(q.speakerMention().contains("Smith"));
  }

  @Test
  void speakerBeforeTheQuoteWithColon() {
    Quote q = only("Governor Anna Berg said: \"The roads will open on Monday.\"");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertEquals("Anna Berg", q.speaker());
    assertEquals("Governor", q.speakerTitle());
  }

  @Test
  void appositiveBetweenNameAndCue() {
    Quote q = only("\"The alliance stands together,\" Mark Rutte, NATO's secretary general, said.");
    assertEquals("Mark Rutte", q.speaker());
  }

  @Test
  void accordingTo() {
    Quote q = only("According to Senator Paul Grant, \"the vote was rigged from the start.\"");
    assertEquals("Paul Grant", q.speaker());
    assertEquals("According to", q.cue());
  }

  @Test
  void toldSomebody() {
    Quote q = only("Carla Diaz told reporters: \"We have the votes to pass it this week.\"");
    assertEquals("Carla Diaz", q.speaker());
    assertEquals("told", q.cue());
  }

  @Test
  void partialQuoteGoesToTheSubjectOfTheVerbOfSaying() {
    String text =
        "President John Adams met Peter Novak on Friday. Adams later remarked that Novak had \"overplayed his hand\".";
    Quote q = only(text);
    assertEquals(QuoteKind.PARTIAL, q.kind());
    assertEquals("John Adams", q.speaker());
    assertEquals("President", q.speakerTitle());
    assertEquals("Adams", q.speakerMention());
  }

  @Test
  void pronounResolvesToThePersonNamedBefore() {
    String text =
        "Senator Lisa Moreno spoke in Denver on Monday. \"This bill is a disgrace to the state,\" she said.";
    Quote q = only(text);
    assertEquals("she", q.speakerMention());
    assertEquals("Lisa Moreno", q.speaker());
    assertEquals(text.indexOf("she"), q.speakerStart());
  }

  @Test
  void quoteSplitByItsAttributionGivesTwoRecordsOfOneSpeaker() {
    List<Quote> quotes =
        extractor.extract("\"We tried everything,\" said Tom Baker, \"and nothing worked for the town.\"");
    assertEquals(2, quotes.size());
    assertEquals("Tom Baker", quotes.get(0).speaker());
    assertEquals("Tom Baker", quotes.get(1).speaker());
  }

  @Test
  void secondSentenceAfterAttributionCarriesTheSpeaker() {
    List<Quote> quotes =
        extractor.extract("\"It is over,\" Jane Roe said. \"We will appeal the ruling next week.\"");
    assertEquals(2, quotes.size());
    assertEquals("Jane Roe", quotes.get(1).speaker());
  }

  @Test
  void consecutiveParagraphsOfOneSpeaker() {
    String text =
        "\"The mine will close in May,\" said Owen Price, the company's chief executive.\n\n"
            + "\"Nobody wanted this outcome, least of all the workers who built it.\"";
    List<Quote> quotes = extractor.extract(text);
    assertEquals(2, quotes.size());
    assertEquals("Owen Price", quotes.get(1).speaker());
  }

  @Test
  void quotationOverSeveralParagraphs() {
    String text =
        "Ruth Klein addressed the crowd. She said: \"We came here with nothing.\n\n"
            + "\"And we will leave with everything we were promised.\"";
    List<Quote> quotes = extractor.extract(text);
    assertEquals(2, quotes.size());
    assertEquals("Ruth Klein", quotes.get(0).speaker());
    assertEquals("Ruth Klein", quotes.get(1).speaker());
    assertEquals("And we will leave with everything we were promised.", quotes.get(1).text());
  }

  @Test
  void transcriptLabelNamesTheSpeakerAndIsNotQuoted() {
    String text = "Governor Mike Pence spoke to the host.\n\n\"PENCE: Well, look, we will win this state.\"";
    Quote q = only(text);
    assertEquals("Well, look, we will win this state.", q.text());
    assertEquals("PENCE", q.speakerMention());
    assertEquals("Mike Pence", q.speaker());
  }

  @Test
  void organisationAsWritten() {
    Quote q = only("\"The visit was a failure,\" the Kremlin said in a statement.");
    assertEquals("Kremlin", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void fullestNameFormIsCanonical() {
    List<Quote> quotes =
        extractor.extract(
            "President Donald Trump met the press. \"We had a great meeting,\" Trump said.");
    assertEquals("Donald Trump", quotes.get(0).speaker());
    assertEquals("President", quotes.get(0).speakerTitle());
  }

  @Test
  void fullestNameFormFromAPossessive() {
    List<Quote> quotes =
        extractor.extract("Crowds filled Donald Trump's rally in Ohio. \"We will win this state,\" Trump said.");
    assertEquals("Donald Trump", quotes.get(0).speaker());
  }

  @Test
  void namesInsideQuotationsAreNotNameForms() {
    List<Quote> quotes =
        extractor.extract(
            "\"Crooked Hillary Clinton must go,\" Mark Dale said.\n\nClinton replied: \"I am not going anywhere.\"");
    assertEquals("Clinton", find(quotes, "not going").speaker());
  }

  @Test
  void capitalisedSentenceOpeningIsNotPartOfTheName() {
    String text =
        "Understated Perez raises his profile.\n\nLabor Secretary Thomas Perez spoke on Monday. "
            + "\"We are ready for the vote,\" Perez said.";
    assertEquals("Thomas Perez", only(text).speaker());
  }

  @Test
  void titlesOfWorksAndScareQuotesAreLeftOut() {
    assertTrue(extractor.extract("She appeared on \"Meet the Press\" on Sunday.").isEmpty());
    assertTrue(extractor.extract("The so-called \"reform\" stalled in committee.").isEmpty());
  }

  @Test
  void unattributedLongQuoteIsKeptWithLowConfidenceAndNoSpeaker() {
    Quote q = only("Above the door hung a plaque, \"Everyone who enters this building must show a valid pass.\"");
    assertNull(q.speaker());
    assertTrue(q.confidence() < 0.5);
  }

  @Test
  void offsetsPointAtTheQuotedWords() {
    String text = "Intro.\n\n\u201cLine one,\u201d he said.\n\n'Not a quote' is fine, \"said Dan Cole\" no.";
    for (Quote q : extractor.extract(text)) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
      if (q.hasSpeakerMention()) {
        assertEquals(q.speakerMention(), text.substring(q.speakerStart(), q.speakerEnd()));
      }
      assertTrue(q.sentenceStart() <= q.start() && q.end() <= q.sentenceEnd());
    }
  }

  @Test
  void emptyAndQuotelessTexts() {
    assertTrue(extractor.extract(null).isEmpty());
    assertTrue(extractor.extract("   ").isEmpty());
    assertTrue(extractor.extract("No quotations in this article at all.").isEmpty());
  }

  @Test
  void cueIsReportedAsWritten() {
    Quote q = only("He argued that the plan offers \"just and lasting\" peace. Bob Hale is a senator.");
    assertNotNull(q.cue());
    assertEquals("argued", q.cue());
  }
}
