package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed article of the project: its five quotations, three of them repeated, and who said them. */
class SeedArticleTest {

  @Test
  void quotationsAndSpeakersOfTheSeed() throws IOException {
    String text;
    try (var files = Files.list(Path.of("seeds"))) {
      Path seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
      text = Files.readString(seed, StandardCharsets.UTF_8);
    }
    List<Quote> quotes = QuoteExtractor.english().extract(text);
    List<String> found = quotes.stream().map(q -> q.text() + " -> " + q.speaker()).toList();
    assertEquals(
        List.of(
            "stand more firmly on Ukraine's side -> Zelensky",
            "tough dialogue -> Zelensky",
            "just and lasting -> Zelensky",
            "overplayed his hand -> Donald Trump",
            "peace through strength -> Zelensky",
            "just and lasting -> Zelensky",
            "overplayed his hand -> Donald Trump",
            "peace through strength -> Zelensky"),
        found);
    Map<String, String> cues =
        quotes.stream().collect(Collectors.toMap(Quote::text, Quote::cue, (a, b) -> a));
    assertEquals("described", cues.get("tough dialogue"));
    assertEquals("argues", cues.get("just and lasting"));
    assertEquals("remarked", cues.get("overplayed his hand"));
    for (Quote q : quotes) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      assertEquals(q.speakerMention(), text.substring(q.speakerStart(), q.speakerEnd()));
    }
    Quote he = quotes.stream().filter(q -> q.text().equals("peace through strength")).findFirst().orElseThrow();
    assertEquals("He", he.speakerMention());
  }
}
