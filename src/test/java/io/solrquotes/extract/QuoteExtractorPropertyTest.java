package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solrquotes.nlp.NlpModels;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Invariants of the extractor on random articles: mixes of sentences, quotations in straight, curly,
 * single and other marks, apostrophes, names, pronouns and verbs of saying, stray marks, paragraph
 * breaks, markup tags and characters outside the Basic Multilingual Plane.
 */
class QuoteExtractorPropertyTest {

  private static final QuoteExtractor QUOTES = new QuoteExtractor(NlpModels.english());
  private static final QuoteExtractor WITH_CLAIMS = new QuoteExtractor(NlpModels.english(), true);

  private static final String[][] MARKS = {
    {"\"", "\""}, {"\u201c", "\u201d"}, {"\"", "\u201d"}, {"\u201c", "\""}, {"'", "'"}, {"\u2018", "\u2019"},
    {"\u00ab", "\u00bb"}, {"\u201e", "\u201c"}, {"''", "''"}, {"``", "''"}
  };

  private static final String[] WORDS = {
    "we", "will", "fix", "the", "roads", "this", "year", "nobody", "is", "above", "law", "it", "was", "a",
    "mistake", "I", "don't", "know", "prices", "Smith's", "plan", "works", "never", "again", "leaders'",
    "the '90s", "rock 'n' roll", "Ukraine", "peace", "now", "\ud835\udc9c", "\ud83d\ude00", "SMITH:", "Q:", "\u2014"
  };

  private static final String[] NAMES = {
    "Jane Smith", "Tom Hale", "Ana Torres", "Mr. Smith", "President Anna Berg", "Gov. Peter Novak", "the Kremlin",
    "Jones", "Smith"
  };

  private static final String[] PRONOUNS = {"he", "she", "they", "He", "She", "They"};

  private static final String[] VERBS = {"said", "told reporters", "added", "argued", "says", "noted", "warned"};

  private static final String[] APOSTROPHES = {
    "don't", "the '90s", "Jones' car", "Ukraine's", "'em", "it\u2019s", "the \u201908 crisis", "leaders' talks",
    "rock 'n' roll"
  };

  private static final String[] STRAY = {
    "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "``", "''", "\"\"", "\u201c\u201d"
  };

  private static final String[] ODD = {
    "\ud83d\ude00", "\ud835\udc9c", "\ud83c\udf89\ud83c\udf89", "<b>", "</b>", "<p class=\"x\">", "</p><p>", "<br/>",
    "< not a tag", "\u00a0", "\t", "\u2014", "...", "(", ")", ":"
  };

  @Provide
  Arbitrary<String> articles() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(5, quotation()),
            Tuple.of(3, sentence()),
            Tuple.of(2, Arbitraries.of("\n", "\n\n", "\n\n\n", " \n\n ", "\r\n", "\r\n\r\n")),
            Tuple.of(2, Arbitraries.of(APOSTROPHES)),
            Tuple.of(1, Arbitraries.of(STRAY)),
            Tuple.of(1, Arbitraries.of(ODD)));
    Arbitrary<String> spaced = Combinators.combine(Arbitraries.of(" ", " ", " ", "", "\n"), piece).as(String::concat);
    return spaced.list().ofMinSize(1).ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  /** Words inside marks, attributed after, before, or not at all. */
  private static Arbitrary<String> quotation() {
    Arbitrary<String[]> marks = Arbitraries.of(MARKS);
    Arbitrary<String> words =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(12).map(w -> capitalised(String.join(" ", w)));
    Arbitrary<String> end = Arbitraries.of(",", ".", "?", "!", "");
    Arbitrary<String> attribution = Arbitraries.oneOf(speaker(), Arbitraries.of(""));
    Arbitrary<String> verb = Arbitraries.of(VERBS);
    return Combinators.combine(marks, words, end, attribution, verb, Arbitraries.of(0, 1, 2))
        .as((m, w, e, who, v, where) -> {
          String quoted = m[0] + w + e + m[1];
          if (who.isEmpty()) {
            return quoted;
          }
          return switch (where) {
            case 0 -> quoted + " " + who + " " + v + ".";
            case 1 -> quoted + " " + v + " " + who + ".";
            default -> capitalised(who) + " " + v + ": " + quoted;
          };
        });
  }

  private static Arbitrary<String> speaker() {
    return Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of(PRONOUNS));
  }

  /** A sentence without quotation marks, often with reported speech. */
  private static Arbitrary<String> sentence() {
    return Combinators.combine(speaker(), Arbitraries.of(VERBS), Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(8))
        .as((who, verb, words) -> capitalised(who) + " " + verb + " that " + String.join(" ", words) + ".");
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  @Property(tries = 400)
  void quotationsHoldTheirWordsAndNeverOverlap(@ForAll("articles") String text) {
    List<Quote> quotes = QUOTES.extract(text);
    int previousEnd = 0;
    for (Quote q : quotes) {
      assertWellFormed(text, q);
      assertTrue(q.kind() != QuoteKind.CLAIM, q::toString);
      assertFalse(q.text().isEmpty(), q::toString);
      assertFalse(QuoteScanner.isSpace(q.text().charAt(0)), q::toString);
      assertFalse(QuoteScanner.isSpace(q.text().charAt(q.text().length() - 1)), q::toString);
      // in text order, and no two overlap (so none is a duplicate of another)
      assertTrue(q.start() >= previousEnd, () -> "overlaps the one before: " + q + " in " + quotes);
      previousEnd = q.end();
    }
  }

  @Property(tries = 150)
  void claimsHoldTheirWordsAndAreNotRepeated(@ForAll("articles") String text) {
    List<Quote> records = WITH_CLAIMS.extract(text);
    Set<List<Integer>> claims = new HashSet<>();
    int previousStart = 0;
    for (Quote q : records) {
      assertWellFormed(text, q);
      assertTrue(q.start() >= previousStart, () -> "not in text order: " + records);
      previousStart = q.start();
      if (q.kind() == QuoteKind.CLAIM) {
        assertTrue(claims.add(List.of(q.start(), q.end())), () -> "twice: " + q + " in " + records);
      }
    }
    // claims are found besides the quotations, which stay as they are
    assertEquals(QUOTES.extract(text), records.stream().filter(q -> q.kind() != QuoteKind.CLAIM).toList());
  }

  @Property(tries = 200)
  void extractingAgainGivesTheSame(@ForAll("articles") String text) {
    List<Quote> first = QUOTES.extract(text);
    assertEquals(first, QUOTES.extract(text), "the same extractor, again");
    assertEquals(first, new QuoteExtractor(NlpModels.english()).extract(text), "a new extractor");
  }

  /** Offsets in range, and the text at them is what the record says it is. */
  private static void assertWellFormed(String text, Quote q) {
    assertNotNull(q.kind());
    assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= text.length(), q::toString);
    assertEquals(text.substring(q.start(), q.end()), q.text(), q::toString);
    assertTrue(q.confidence() > 0 && q.confidence() <= 1, q::toString);
    assertTrue(0 <= q.sentenceStart() && q.sentenceStart() <= q.start(), q::toString);
    assertTrue(q.end() <= q.sentenceEnd() && q.sentenceEnd() <= text.length(), q::toString);
    if (q.hasSpeakerMention()) {
      assertTrue(q.speakerStart() < q.speakerEnd() && q.speakerEnd() <= text.length(), q::toString);
      assertEquals(text.substring(q.speakerStart(), q.speakerEnd()), q.speakerMention(), q::toString);
    } else {
      assertEquals(-1, q.speakerEnd(), q::toString);
      assertEquals(null, q.speakerMention(), q::toString);
    }
  }
}
