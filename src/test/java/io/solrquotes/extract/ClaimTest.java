package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solrquotes.nlp.NlpModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reported speech without quotation marks, on short texts written for the test and on the seed. */
class ClaimTest {

  private static QuoteExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new QuoteExtractor(NlpModels.english(), true);
  }

  private static List<Quote> claims(String text) {
    return extractor.extract(text).stream().filter(q -> q.kind() == QuoteKind.CLAIM).toList();
  }

  private static Quote onlyClaim(String text) {
    List<Quote> claims = claims(text);
    assertEquals(1, claims.size(), () -> "expected one claim in: " + text + " got " + claims);
    Quote q = claims.get(0);
    assertEquals(q.text(), text.substring(q.start(), q.end()));
    return q;
  }

  @Test
  void thatClause() {
    Quote q = onlyClaim("The Kremlin said that the visit was a diplomatic failure.");
    assertEquals("the visit was a diplomatic failure", q.text());
    assertEquals("Kremlin", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
    assertEquals("said", q.cue());
  }

  @Test
  void aClaimTakesAQuotedPartWhole() {
    // the clause would end at ", which", inside the quotation
    Quote q = onlyClaim("Councillor Jane Reed said the plan was \"a disgrace, which nobody wanted\" and left.");
    assertEquals("the plan was \"a disgrace, which nobody wanted\"", q.text());
    assertEquals("Jane Reed", q.speaker());
  }

  @Test
  void noClaimStartsInAQuotationsWords() {
    assertEquals(List.of(),
        claims("\"Nobody asked the people of Eastport what they wanted,\" said Professor Samuel Watanabe."));
  }

  @Test
  void toldSomebodyToDoSomething() {
    Quote q = onlyClaim("Mayor Ana Torres told the council to approve the budget before March.");
    assertEquals("to approve the budget before March", q.text());
    assertEquals("Ana Torres", q.speaker());
  }

  @Test
  void calledFor() {
    Quote q = onlyClaim("Senator Paul Grant called for a full inquiry into the contracts.");
    assertEquals("a full inquiry into the contracts", q.text());
    assertEquals("Paul Grant", q.speaker());
  }

  @Test
  void accordingToBeforeAndAfter() {
    Quote before = onlyClaim("According to the ministry, the talks collapsed on Friday night.");
    assertEquals("the talks collapsed on Friday night", before.text());
    assertEquals("According to", before.cue());
    Quote after = onlyClaim("The talks collapsed on Friday night, according to the ministry.");
    assertEquals("The talks collapsed on Friday night", after.text());
  }

  @Test
  void attributionAtTheSentenceEnd() {
    Quote q = onlyClaim("The mine will close in May, the company's chief executive said.");
    assertEquals("The mine will close in May", q.text());
    assertEquals("said", q.cue());
  }

  @Test
  void pronounSpeakerResolves() {
    List<Quote> claims =
        claims("Governor Tom Hale visited the plant on Monday. He argued that the tax cut had saved jobs.");
    assertEquals(1, claims.size());
    assertEquals("the tax cut had saved jobs", claims.get(0).text());
    assertEquals("He", claims.get(0).speakerMention());
    assertEquals("Tom Hale", claims.get(0).speaker());
  }

  @Test
  void aClaimEndsWhereTheNextVerbOfSayingBegins() {
    List<Quote> claims =
        claims("Maria Lopez indicated readiness to sign the deal but stressed that it was not enough.");
    assertEquals("readiness to sign the deal", claims.get(0).text());
    assertEquals("it was not enough", claims.get(1).text());
  }

  @Test
  void plainPresentSay() {
    Quote q = onlyClaim("Security specialists say the leak is a realistic extension of the campaign.");
    assertEquals("the leak is a realistic extension of the campaign", q.text());
    assertEquals("say", q.cue());
  }

  @Test
  void anAsideSplitsTheClaimInTwo() {
    List<Quote> claims = claims("Many of the closures, he said, have involved public and semi-private courses.");
    assertEquals(List.of("Many of the closures", "have involved public and semi-private courses"),
        claims.stream().map(Quote::text).toList());
  }

  @Test
  void anAttributionAfterTheClaimWithAnAppositionOrATime() {
    Quote inverted = onlyClaim("Nor are tariffs likely to bring many of these jobs back, said David Autor, "
        + "a professor of economics at the institute.");
    assertEquals("Nor are tariffs likely to bring many of these jobs back", inverted.text());
    assertEquals("David Autor", inverted.speaker());
    Quote timed = onlyClaim("The country has made dramatic changes for the better, Mitch McConnell said in June 2012.");
    assertEquals("The country has made dramatic changes for the better", timed.text());
    assertEquals("Mitch McConnell", timed.speaker());
    assertTrue(claims("In a telephone interview with the station, the senator was asked about the vote.").isEmpty(),
        "a phrase of time or place is no claim");
  }

  @Test
  void thatAfterAnAside() {
    Quote q = onlyClaim("Mr. Rogers said, in an email, that he did not authorize any advertising for the project.");
    assertEquals("he did not authorize any advertising for the project", q.text());
  }

  @Test
  void aClaimEndsBeforeTheWritersOwnClause() {
    assertEquals("the contest had been rigged against him",
        onlyClaim("Trump said the contest had been rigged against him, a charge that party leaders denied.").text());
    assertEquals("the plan would cost jobs",
        onlyClaim("Ann Cole said the plan would cost jobs, who had opposed it from the start.").text());
  }

  @Test
  void accordingToALongSource() {
    Quote q = onlyClaim("According to a January study by the Pew Research Center based on census data, "
        + "eligible voters who are Hispanic skew younger in California.");
    assertEquals("eligible voters who are Hispanic skew younger in California", q.text());
  }

  @Test
  void accordingToAPossessiveOrAnyShortSource() {
    assertEquals("The pilot had been with the airline since 2004",
        onlyClaim("The pilot had been with the airline since 2004, according to his Facebook profile.").text());
    assertEquals("Clinton's donors include 201 people who work in banking",
        onlyClaim("Clinton's donors include 201 people who work in banking, according to a tally.").text());
  }

  @Test
  void aHeadlinesNameAndColon() {
    Quote q = onlyClaim("Carson: Cruz taking the wrong approach to the Iowa controversy");
    assertEquals("Cruz taking the wrong approach to the Iowa controversy", q.text());
    assertEquals("Carson", q.speaker());
    assertTrue(claims("Update: the vote was moved to Thursday afternoon").isEmpty(), "a label is nobody");
  }

  @Test
  void aReportedQuestionHasNoSpeaker() {
    List<Quote> claims = claims("Asked whether the debate had given him any clarity, Bone said it had not.");
    Quote q = claims.get(0);
    assertEquals("whether the debate had given him any clarity", q.text());
    assertEquals(null, q.speaker());
    assertEquals(null, q.speakerMention());
  }

  @Test
  void participlesAndAuxiliariesBeforeTheVerb() {
    assertEquals("his rival would bring war and hardship to the world",
        onlyClaim("Marine Le Pen voiced support for the candidate on Wednesday, saying his rival would bring war "
            + "and hardship to the world.").text());
    assertEquals("he would be willing to bring his expertise to the administration",
        onlyClaim("John Bolton distanced himself from the movement by saying he would be willing to bring his "
            + "expertise to the administration.").text());
    Quote denied = onlyClaim("The nominee has offered kind words about Putin but has denied he has any formal "
        + "connection to the Kremlin.");
    assertEquals("he has any formal connection to the Kremlin", denied.text());
    assertEquals("The nominee", denied.speakerMention());
  }

  @Test
  void aSubjectWithARelativeClause() {
    Quote q = onlyClaim("Oliver Hedge, who appraises golf course properties for a brokerage firm, said the golf "
        + "industry had shaken off underperforming courses.");
    assertEquals("the golf industry had shaken off underperforming courses", q.text());
    assertEquals("Oliver Hedge", q.speaker());
  }

  @Test
  void aQuotationReportedWithThat() {
    List<Quote> all = extractor.extract("Carly Fiorina told reporters that \"John Kasich is throwing votes away.\"");
    assertTrue(all.stream().anyMatch(q -> q.kind() == QuoteKind.CLAIM && q.text().contains("John Kasich is throwing")
        && "Carly Fiorina".equals(q.speaker())), all::toString);
  }

  @Test
  void progressiveAndWhileParticiples() {
    Quote demanding = onlyClaim("The city of Phoenix is demanding that the campaign stop using the image of its officers.");
    assertEquals("the campaign stop using the image of its officers", demanding.text());
    assertEquals("Phoenix", demanding.speakerMention());
    assertEquals("he expects to do well with female voters",
        claims("He laughed at the question, while also saying that he expects to do well with female voters.")
            .get(0).text());
  }

  @Test
  void aShortOpeningBeforeAnAsideStillGivesTheRest() {
    Quote q = onlyClaim("That, they say, will be easier when he is isolated against a single candidate.");
    assertEquals("will be easier when he is isolated against a single candidate", q.text());
  }

  @Test
  void aHeadlinesQuotedClaim() {
    Quote q = onlyClaim("Carly Fiorina: 'Bill Clinton is fair game in this race'");
    assertEquals("Carly Fiorina", q.speaker());
    assertTrue(q.text().contains("Bill Clinton is fair game"), q.text());
  }

  @Test
  void theNameOpeningALongSubject() {
    Quote q = onlyClaim("Marco Rubio, whose hometown of Miami is projected to be under water within decades, "
        + "argues that government efforts to combat it will destroy our economy.");
    assertEquals("government efforts to combat it will destroy our economy", q.text());
    assertEquals("Marco Rubio", q.speaker());
  }

  @Test
  void theCircumstancesOfSayingAreNoClaim() {
    assertTrue(claims("Ann Cole spoke at a memorial service in Tucson for the victims.").isEmpty());
    assertTrue(claims("Speaker Paul Ryan told the delegates before the vote that the order mattered a great deal.")
        .get(0).text().equals("the order mattered a great deal"));
    assertTrue(claims("The nominee said in an interview on Sunday morning.").isEmpty());
  }

  @Test
  void wordsThatLookLikeVerbsOfSayingButReportNothing() {
    assertTrue(claims("Support for the bill is strongest in Southern states and among older voters.").isEmpty());
    assertTrue(claims("A former congressman pleaded guilty in July 2010 to illegal lobbying under the law.").isEmpty());
    assertTrue(claims("Clinton testified voluntarily in 1998 before the grand jury.").isEmpty());
    assertTrue(claims("Sanders insisted to the gathered cameras, with Weaver standing behind him.").isEmpty());
    assertTrue(claims("Meanwhile, the conflict persists, with drone strikes in Kharkiv causing injuries, "
        + "underscoring the toll of war.").stream().noneMatch(q -> "Kharkiv".equals(q.speaker())));
  }

  @Test
  void pollsAreNoSpeakers() {
    assertTrue(claims("Poll: three battleground Senate races are tight").isEmpty());
  }

  @Test
  void aHeadlinesVerbOfSayingInTitleCase() {
    Quote q = onlyClaim("Former Clinton Pollster Says Clinton Is In Trouble In California Primaries");
    assertEquals("Clinton Is In Trouble In California Primaries", q.text());
    assertEquals("Says", q.cue());
  }

  @Test
  void aHeadlinesRoleWithoutANameGivesNoName() {
    String nobody = "Zelensky met President Donald Trump on Friday.\n\n"
        + "Ukrainian President Asserts Need for US Firmness on Security Guarantees";
    Quote q = claims(nobody).stream().filter(c -> c.cue().equals("Asserts")).findFirst().orElseThrow();
    assertEquals(null, q.speaker(), "not the American president, not \"Ukrainian President\"");
    String described = "Talks in Washington\n\nUkrainian President Volodymyr Zelensky met President Donald Trump on "
        + "Friday and spoke with reporters afterwards.\n\nUkrainian President Asserts Need for US Firmness";
    assertEquals(null,
        claims(described).stream().filter(c -> c.cue().equals("Asserts")).findFirst().orElseThrow().speaker(),
        "a role without a name gives none, rather than the wrong president");
  }

  @Test
  void afterTheOneSpokenToOnlyToThatOrAboutOpensAClaim() {
    assertTrue(claims("Zelensky Urges Stronger US Support Amid Tensions with Trump").isEmpty());
    assertEquals("to approve the budget", onlyClaim("Mayor Ana Torres urged the council to approve the budget.").text());
  }

  @Test
  void anOpeningPhraseIsNoPartOfTheClaimBeforeAnAttribution() {
    Quote q = onlyClaim("In nearby Decatur, the big steel plant is hanging on under pressure from imports, "
        + "said the company's chief executive, John Ferriola.");
    assertEquals("the big steel plant is hanging on under pressure from imports", q.text());
    assertEquals("John Ferriola", q.speaker());
  }

  @Test
  void aReportedQuestionAfterAnd() {
    assertEquals("how he arrived at his wardrobe choice for the evening",
        claims("And asked how he arrived at his wardrobe choice for the evening, Bone said it was a gift.")
            .get(0).text());
  }

  @Test
  void beliefsAndPerceptionsAreNoClaims() {
    assertTrue(claims("Trump thinks the deal is good for the country.").isEmpty());
    assertTrue(claims("Polls show the senator ahead in three states.").isEmpty());
    assertTrue(claims("The minister is expected to resign before the summit.").isEmpty());
  }

  @Test
  void directQuotationsAreNotClaims() {
    List<Quote> all = extractor.extract("\"We will win this state,\" Maria Lopez said.");
    assertEquals(1, all.size());
    assertEquals(QuoteKind.DIRECT, all.get(0).kind());
  }

  @Test
  void claimsAreOffUnlessAskedFor() {
    String text = "The Kremlin said that the visit was a diplomatic failure.";
    assertTrue(QuoteExtractor.english().extract(text).isEmpty());
    assertFalse(claims(text).isEmpty());
  }

  @Test
  void seedClaimsAndTheirSpeakers() throws IOException {
    String text;
    try (var files = Files.list(Path.of("seeds"))) {
      text = Files.readString(files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }
    List<Quote> claims = claims(text);
    assertHas(claims, "Donald Trump", "told", "to secure a deal with Russia to avoid further US withdrawal from Ukraine");
    assertHas(claims, "Donald Trump", "remarked", "Zelensky had \"overplayed his hand\" and needed to express a desire for peace");
    assertHas(claims, "JD Vance", "criticized", "Zelensky for what he perceived as ingratitude");
    assertHas(claims, "Zelensky", "indicated", "readiness to finalize a minerals agreement");
    assertHas(claims, "Zelensky", "stressed", "this step alone felt inadequate");
    assertHas(claims, "Zelensky", "insisting", "a ceasefire without firm security assurances poses significant risks for Ukraine");
    assertHas(claims, "Zelensky", "reiterate", "the need for US security guarantees");
    assertHas(claims, "Kremlin", "characterized", "Zelensky’s visit to the White House as a diplomatic failure");
    assertHas(claims, "Mark Rutte", "acknowledged", "the historical support from Trump for Ukraine");
    assertHas(claims, "Emmanuel Macron", "reiterated", "their backing for Ukraine");
    for (Quote q : claims) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      // content starts and ends at a clause boundary: no stray spaces or commas, nothing cut mid-word
      assertFalse(Character.isLetterOrDigit(text.charAt(q.start() - 1)), q.text());
      assertTrue(q.end() == text.length() || !Character.isLetterOrDigit(text.charAt(q.end())), q.text());
      assertFalse(q.text().startsWith(" ") || q.text().endsWith(" ") || q.text().endsWith(","), q.text());
    }
  }

  private static void assertHas(List<Quote> claims, String speaker, String cue, String textStart) {
    assertTrue(
        claims.stream()
            .anyMatch(q -> speaker.equals(q.speaker()) && cue.equals(q.cue()) && q.text().startsWith(textStart)),
        () -> "no claim of " + speaker + " [" + cue + "] starting '" + textStart + "' in "
            + claims.stream().map(q -> q.speaker() + " [" + q.cue() + "] " + q.text()).toList());
  }
}
