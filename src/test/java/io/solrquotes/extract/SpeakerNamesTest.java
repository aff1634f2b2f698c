package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who a quotation is filed under, by name: pronouns and descriptions resolved against the people and
 * organisations the article names, speakers that are always names, one form a person.
 */
class SpeakerNamesTest {

  private static QuoteExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = QuoteExtractor.english();
  }

  private static Quote find(String text, String words) {
    List<Quote> quotes = extractor.extract(text);
    return quotes.stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
  }

  @Test
  void heAndSheGoToThePersonOfThatGender() {
    String text = "Maria Lopez and Tom Baker met the council on Monday. Lopez wants new bus lanes; Baker does not.\n\n"
        + "\"The lanes will save lives,\" she said. \"They will cost a fortune,\" he said.";
    assertEquals("Maria Lopez", find(text, "save lives").speaker());
    assertEquals("she", find(text, "save lives").speakerMention());
    assertEquals("Tom Baker", find(text, "fortune").speaker());
  }

  @Test
  void genderShownByHonorificAndByThePronounsAfterASurname() {
    String honorific = "Mrs Okafor and Mr Lindqvist spoke at the hearing.\n\n\"We were never asked,\" she said.";
    assertEquals("Okafor", find(honorific, "never asked").speaker());
    String pronouns = "As Haddad left the summit, he thanked the hosts. Reyes stayed on.\n\n"
        + "Haddad was blunt. \"The talks went nowhere,\" he said.";
    assertEquals("Haddad", find(pronouns, "went nowhere").speaker());
  }

  @Test
  void aPronounAfterACapitalisedPhraseThatIsNoPersonSkipsIt() {
    String text = "Anna Reid teaches at the college. She spoke after the Starlight Tours inquiry closed.\n\n"
        + "\"Nobody has listened to the families,\" she said.";
    assertEquals("Anna Reid", find(text, "listened").speaker());
  }

  @Test
  void aPronounThatFitsNobodyHasNoNameButKeepsItsMention() {
    String text = "The inquiry into the Starlight Tours closed on Christmas Day.\n\n"
        + "\"Nobody has listened to the families,\" she said.";
    Quote q = find(text, "listened");
    assertNull(q.speaker());
    assertEquals("she", q.speakerMention());
    assertTrue(q.confidence() <= 0.5, () -> "a record with no name is not sure: " + q.confidence());
  }

  @Test
  void aTimeBetweenSubjectAndVerbIsNotTheSpeaker() {
    Quote q = find("Mayor Ana Torres on Tuesday called the budget \"a disaster for the city\".", "disaster");
    assertEquals("Ana Torres", q.speaker());
    Quote later = find("Councillor Ben Okoro late Wednesday night called the vote \"a stitch-up\".", "stitch-up");
    assertEquals("Ben Okoro", later.speaker());
  }

  @Test
  void aDescriptionResolvesThroughAnApposition() {
    String text = "The deal was signed by Jeff Weiner, the software company's chief executive, on Friday.\n\n"
        + "\"We are one company now,\" the chief executive said.";
    Quote q = find(text, "one company");
    assertEquals("Jeff Weiner", q.speaker());
    assertEquals("the chief executive", q.speakerMention());
  }

  @Test
  void aDescriptionResolvesThroughATitleAndItsPlace() {
    String text = "Florida Sen. Marco Rubio and Texas Sen. Ted Cruz met voters in Iowa on Monday. Indiana Gov. Mike"
        + " Pence joined them later.\n\n"
        + "\"We will win this state,\" the Florida senator said.\n\n"
        + "\"Nobody works harder than we do,\" the Texas senator told reporters.\n\n"
        + "The Indiana governor said the rally was \"the best one yet.\"";
    assertEquals("Marco Rubio", find(text, "win this state").speaker());
    assertEquals("Ted Cruz", find(text, "works harder").speaker());
    assertEquals("Mike Pence", find(text, "best one").speaker());
  }

  @Test
  void anOrganisationDescribedByItsKind() {
    String company = "Monsanto announced new seeds on Monday.\n\n\"The seeds are safe,\" the company said.";
    assertEquals("Monsanto", find(company, "seeds are safe").speaker());
    String campaign = "\"We are ahead,\" the Okafor campaign said.";
    Quote q = find(campaign, "ahead");
    assertEquals("Okafor campaign", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void aRoleWordBeforeANameGoesToTheTitle() {
    Quote boss = find("Boss Graeme Souness said his side had been \"unlucky in every game\".", "unlucky");
    assertEquals("Graeme Souness", boss.speaker());
    assertEquals("Boss", boss.speakerTitle());
    Quote party = find("Tory Dominic Grieve said the bill was \"a dog's breakfast\".", "breakfast");
    assertEquals("Dominic Grieve", party.speaker());
    Quote adverb = find("Meanwhile Mark Oaten said the plan was \"dead in the water\".", "dead in");
    assertEquals("Mark Oaten", adverb.speaker());
  }

  @Test
  void anAliasFromTheFileNamesTheSpeaker() {
    Quote q = find("\"The budget is a fraud,\" the Lib Dems said on Monday.", "fraud");
    assertEquals("Liberal Democrats", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void aGroupTheyResolvesToTheOrganisationInView() {
    String text = "The Lib Dems attacked the plan on Monday.\n\n\"It is unfair on every family,\" they said.";
    Quote q = find(text, "unfair");
    assertEquals("Liberal Democrats", q.speaker());
    assertEquals("they", q.speakerMention());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void daysPlacesPeoplesAndCommonWordsAreNoNames() {
    assertNull(find("\"We will defend our fishermen,\" Britain said.", "fishermen").speaker());
    assertNull(find("\"It was a long night,\" the American said.", "long night").speaker());
    assertNull(find("Nothing changed after the \"historic and binding agreement\" was signed by all sides.",
        "historic").speaker());
    assertNull(find("\"We are done here,\" 50 Cent said.", "done here").speaker());
  }

  @Test
  void speakerTypeForPartiesCompaniesAgenciesAndPeople() {
    String text = "\"We will keep the station open,\" Labour said.\n\n"
        + "\"The phone is safe,\" Apple said.\n\n"
        + "\"We found the flaw,\" Finnish security firm F-Secure said.\n\n"
        + "\"The file is closed,\" the RCMP said.\n\n"
        + "\"The party is united,\" Liam Fox said. \"It is,\" Dr Fox added.";
    assertEquals(SpeakerType.ORGANIZATION, find(text, "station open").speakerType());
    assertEquals(SpeakerType.ORGANIZATION, find(text, "phone is safe").speakerType());
    assertEquals(SpeakerType.ORGANIZATION, find(text, "flaw").speakerType());
    assertEquals("F-Secure", find(text, "flaw").speaker());
    assertEquals(SpeakerType.ORGANIZATION, find(text, "file is closed").speakerType());
    Quote fox = find(text, "party is united");
    assertEquals("Liam Fox", fox.speaker());
    assertEquals(SpeakerType.PERSON, fox.speakerType());
    Quote doctor = find(text, "It is");
    assertEquals("Liam Fox", doctor.speaker());
    assertEquals(SpeakerType.PERSON, doctor.speakerType());
  }

  @Test
  void onePersonOneForm() {
    assertEquals("Donald Trump", find("\"We will win,\" Donald J. Trump said.", "win").speaker());
    assertEquals("Martin Luther King",
        find("\"We will win big,\" said Martin Luther King Jr. in the old recording.", "win big").speaker());
    assertEquals("Martin O'Malley", find("\"It was a fair fight,\" Martin O\u2019Malley said.", "fair fight").speaker());
    String transcript = "Vice President Mike Pence spoke first.\n\nPENCE: \"We are ready for the debate.\"";
    assertEquals("Mike Pence", find(transcript, "ready").speaker());
  }

  @Test
  void aPronounClosingAQuotationKeepsTheNameThatIntroducedIt() {
    String text = "Thomas Coan argued that his client was joking. Judge Ruth Mosman saw it differently: \"When he"
        + " says he will fight, I believe him,\" she said.";
    assertEquals("Ruth Mosman", find(text, "I believe him").speaker());
  }

  @Test
  void aPlaceBeforeOrAfterANameIsNoPartOfIt() {
    Quote cole = find("\"We have to pass the budget,\" Rep. Tom Cole of Oklahoma, an ally of the leadership, said.",
        "budget");
    assertEquals("Tom Cole", cole.speaker());
    Quote kim = find("San Francisco Supervisor Jane Kim said the rents were \"out of control\".", "out of control");
    assertEquals("Jane Kim", kim.speaker());
  }

  @Test
  void anOrganisationKeepsItsWordsOfOffice() {
    Quote q = find("\"The embassy is closed,\" the State Department said.", "embassy");
    assertEquals("State Department", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void herCampaignIsThePossessorsCampaign() {
    String text = "Sarah Kim announced her run for mayor on Monday. \"We will win,\" her campaign said.";
    Quote q = find(text, "We will win");
    assertEquals("Sarah Kim campaign", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void aQuotationSignedOnTheNextLine() {
    String text = "Claims from the debate, checked.\n\n\"Almost all new income is going to the top 1 percent.\"\n\n"
        + "- Bernie Sanders.\n\nThe senator is relying on an old statistic.";
    assertEquals("Bernie Sanders", find(text, "top 1 percent").speaker());
  }

  @Test
  void spokesmanShowsNoGender() {
    String text = "Trump spokesman Hope Hicks confirmed that the group was independent. \"They are not"
        + " affiliated with the campaign,\" she said.";
    assertEquals("Hope Hicks", find(text, "not affiliated").speaker());
  }

  @Test
  void anOrganisationNamedWithOfOrOn() {
    Quote q = find("\"The guidance is clear,\" the Association of Chief Police Officers said.", "guidance");
    assertEquals("Association of Chief Police Officers", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
    String text = "The Commission on Presidential Debates met on Monday. \"There were issues with the audio,\" the"
        + " commission said.";
    assertEquals("Commission on Presidential Debates", find(text, "audio").speaker());
    Quote chambers = find("Exports rose. \"It is a good month,\" the British Chambers of Commerce said.", "good month");
    assertEquals("British Chambers of Commerce", chambers.speaker());
    assertEquals(SpeakerType.ORGANIZATION, chambers.speakerType());
  }

  @Test
  void aLawmakerIsTheSenatorOrRepresentativeTheTextNamed() {
    String text = "Texas Rep. Mike McCaul said the inquiry would go on. \"It will continue whether she wins or not,\""
        + " the Republican lawmaker told reporters.";
    assertEquals("Mike McCaul", find(text, "whether she wins").speaker());
  }

  @Test
  void theCompanyIsTheFirmInViewAlsoInARelativeClause() {
    String text = "The bill was opposed by employers such as Monsanto, which lobbied against it. \"We call on"
        + " others to join us,\" the company said.";
    assertEquals("Monsanto", find(text, "join us").speaker());
  }

  @Test
  void aQuotationEndingItsSentenceBelongsToTheSpeakerBeforeIt() {
    String text = "Maria Lopez said the plan \"would cost lives.\" Tom Baker called it \"a fine idea.\"";
    assertEquals("Maria Lopez", find(text, "cost lives").speaker());
    assertEquals("Tom Baker", find(text, "fine idea").speaker());
  }

  @Test
  void aNameTheQuotationContinuesIsNotWhoSaidIt() {
    String text = "Speaking in court, Mr Okoro denied that he pressured his finance chief, Paul Reyes. Mr Reyes"
        + " \"made the accounting decisions,\" he told the court.";
    assertEquals("Okoro", find(text, "accounting decisions").speaker());
  }

  @Test
  void aNameAfterAPossessiveModifiesANoun() {
    String text = "The council came out with its Green Paper on Monday. Lord Hanning spoke to reporters. He added:"
        + " \"Politicians should not decide where runways go.\"";
    assertEquals("Hanning", find(text, "runways").speaker());
  }

  @Test
  void aGivenNameAloneIsAPerson() {
    String text = "Sanders spoke first. His wife, Jane, gave an interview before the vote.\n\n\"He will keep this"
        + " movement going,\" she said.";
    assertEquals("Jane", find(text, "movement").speaker());
  }

  @Test
  void aSpeakersLabelBeforeAColon() {
    String text = "The hearing went on for hours.\n\nRep. Trey Gowdy (R-S.C.):\"Who told you that figure?\"";
    Quote q = find(text, "Who told you");
    assertEquals("Trey Gowdy", q.speaker());
    assertEquals("Rep. Trey Gowdy", q.speakerMention());
  }

  @Test
  void aParagraphIntroducesTheQuotationThatOpensTheNext() {
    String statement = "When the mayor died, Governor Ann Reyes released the following statement:\n\n\"He served this"
        + " city for forty years.\"";
    assertEquals("Ann Reyes", find(statement, "forty years").speaker());
    String remarks = "Okafor continued his attack on the council.\n\n\"They have wasted every penny we gave them.\"";
    assertEquals("Okafor", find(remarks, "wasted every penny").speaker());
  }

  @Test
  void aGenderedWordBeforeTheNameBeatsTheGivenName() {
    String text = "\"They are wrong,\" said 9/11 widow Terry Strada.\n\nShe continued: \"All we ask is a hearing in"
        + " a courtroom.\"";
    assertEquals("Terry Strada", find(text, "hearing").speaker());
  }
  @Test
  void aSurnameThatIsAlsoATitleOrAPlaceIsAPersonsWhenTheArticleSaysSo() {
    String honorific = "The airline's spokeswoman, Anna Richardson White, confirmed the delay.\n\n"
        + "\"Passengers will be rebooked,\" Ms. White said.";
    assertEquals("Anna Richardson White", find(honorific, "rebooked").speaker());
    String place = "The claims came from Jessica Leeds, who spoke to reporters.\n\n"
        + "\"He would not stop,\" Leeds told the paper.";
    assertEquals("Jessica Leeds", find(place, "would not stop").speaker());
    String city = "Fans travelled north for the final.\n\n\"We are ready,\" Leeds said in a statement.";
    assertNull(find(city, "ready").speaker(), "with no person of that name, Leeds is the city");
  }

  @Test
  void aNameInAppositionToADescriptionAfterTheVerbIsTheSpeaker() {
    String text = "The agency reviewed the case for a year.\n\n"
        + "\"There were no ties of any consequence,\" said the bureau's director, James B. Comey, on Friday.";
    Quote q = find(text, "no ties");
    assertEquals("James Comey", q.speaker());
    assertEquals("bureau's director", q.speakerTitle());
  }

  @Test
  void aNoBreakSpaceInsideANameIsASpace() {
    String text = "\u201CThat changes political reality,\u201D Sen.\u00A0Maria Sanchez said recently. "
        + "\u201CWe have to move where the action is.\u201D";
    assertEquals("Maria Sanchez", find(text, "political reality").speaker());
  }
  @Test
  void aPronounGoesToWhoeverReportedSpeechJustNamedAsTheSpeaker() {
    String text = "Richard Viguerie has backed Ted Cruz for months.\n\n"
        + "Cruz is not only right on the issues, he is also the most able candidate, Viguerie argues. "
        + "\"Cruz is our best debater, our most articulate fighter,\" he says.";
    assertEquals("Richard Viguerie", find(text, "best debater").speaker());
  }

  @Test
  void aSurnameAloneIsThePersonTheArticleNamedFirst() {
    String text = "The rally drew a crowd.\n\nBetsy Ebeling, a friend since sixth grade, was held up as proof.\n\n"
        + "\u201CIt goes in here,\u201D Tom Ebeling said.\n\n\u201CWe live in Chicago,\u201D Ebeling said.";
    assertEquals("Tom Ebeling", find(text, "goes in here").speaker());
    assertEquals("Betsy Ebeling", find(text, "Chicago").speaker());
  }
  @Test
  void aPossessiveDescriptionBeforeTheNamedSpeakerIsNoBarrier() {
    String text = "Officials were mocked on social media.\n\n"
        + "\"The attacks draw us all together,\" Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.\n\n"
        + "\"We stand with Brussels,\" her deputy, Ulrike Demmer, wrote on Twitter.";
    Quote first = find(text, "draw us");
    assertEquals("Steffen Seibert", first.speaker());
    assertTrue(first.confidence() >= 0.9, "found right after the quotation: " + first.confidence());
    assertEquals("Ulrike Demmer", find(text, "stand with").speaker());
  }
  @Test
  void piecesOfLongerNamesAndCommonCapitalisedWordsAreNoSpeakers() {
    String hyphen = "The row went on.\n\nMr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour "
        + "was trying \"to curry favour\" with voters.";
    assertNull(find(hyphen, "curry favour").speaker(), "not \"Thames\" of a place name");
    String letter = "The band Los Caballeros de Plan G played on.\n\n\"It was export quality,\" Plan G said.";
    assertNull(find(letter, "export quality").speaker(), "a name ends in no single letter");
    String show = "The BBC will end Top of the Pops.\n\n\"Audiences have moved on,\" the corporation said.";
    assertEquals("BBC", find(show, "moved on").speaker(), "\"Pops\" of a show's title is no organisation");
    String run = "More than 167 million handsets were sold, according to analysts Gartner More than half were cheap.\n\n"
        + "\"Sales were seldom strong,\" Gartner said.";
    assertEquals("Gartner", find(run, "seldom strong").speaker());
  }

  @Test
  void aNameThatOpensWithNewKeepsIt() {
    String text = "Factory Records signed the band in 1980.\n\n\"We never made money,\" New Order said.";
    assertEquals("New Order", find(text, "made money").speaker());
  }

  @Test
  void aDescriptionEndingInItsRoleIsResolvedNotTakenForAName() {
    String text = "Fans oppose the takeover.\n\nTony Lloyd, the Manchester Central MP, has pledged to fight it.\n\n"
        + "\"We will fight,\" the Manchester Central MP said.";
    assertEquals("Tony Lloyd", find(text, "We will fight").speaker());
  }
  @Test
  void theFrontRunnerIsThePersonTheArticleIsAboutNotTheOneJustNamed() {
    String text = "Donald Trump has sought to look tough after the attacks. Trump says he would do whatever it took.\n\n"
        + "On Thursday, Trump expanded on his calls for surveillance. Trump called on Mayor Bill de Blasio to restart "
        + "the unit. De Blasio disbanded the unit in 2014.\n\n"
        + "\"There is hatred like nobody has ever seen,\" the Republican presidential candidate said.";
    assertEquals("Donald Trump", find(text, "hatred").speaker());
  }
  @Test
  void theNameAfterATitledDescriptionIsTheSpeakersNotThePieceOfTheOffice() {
    String text = "Ministers will consult on the plans.\n\n"
        + "The Shadow Secretary of State for the Family, Theresa May, said: \"These plans were announced in December.\"";
    assertEquals("Theresa May", find(text, "announced in December").speaker());
  }

  @Test
  void aPeoplesWordOrAPluralRoleBeforeANameIsNoPartOfIt() {
    String demonym = "Young went out in round one, dispatched by fellow American Robby Ginepri in straight sets.\n\n"
        + "\"It was a tough match,\" Ginepri said.";
    assertEquals("Robby Ginepri", find(demonym, "tough match").speaker());
    String union = "\"The law is clear,\" the American Civil Liberties Union said.";
    assertEquals("American Civil Liberties Union", find(union, "law is clear").speaker());
  }

  @Test
  void piecesOfOrganisationsAndStatesAreNobodyAPronounCouldMean() {
    String text = "Aung San Suu Kyi leads the National League for Democracy. She met Obama at the White House.\n\n"
        + "Dewayne Smithy, 33, of Baldwin, Miss., dismisses the idea. \"I can't find a candidate I like,\" he said.";
    assertEquals("Dewayne Smithy", find(text, "candidate I like").speaker());
    String league = "Maria Lopez heads the National League for Democracy, which won the election.\n\n"
        + "\"Unity also means prosperity,\" she said in the Oval Office.";
    assertEquals("Maria Lopez", find(league, "prosperity").speaker());
  }

  @Test
  void aNameEndingInCapitalsIsAnOrganisation() {
    String text = "\"The program was a good thing,\" Sirius XM said in a statement.";
    assertEquals(SpeakerType.ORGANIZATION, find(text, "good thing").speakerType());
    String club = "\"We have received no approach,\" Manchester United said.";
    assertEquals(SpeakerType.ORGANIZATION, find(club, "no approach").speakerType());
  }
  @Test
  void aLeadSentenceFullOfCapitalsIsNoHeadlineAndATitlesCommonNounIsNoName() {
    String text = "Hanks greets wintry premiere\n\n"
        + "Hollywood star Tom Hanks was in London's Leicester Square for the UK premiere of Polar Express.\n\n"
        + "\"This is Leicester Square like you've never seen it before,\" said Hanks.\n\n"
        + "Polar Express uses technology similar to that used in other films. \"It is a special film,\" he said.";
    assertEquals("Tom Hanks", find(text, "never seen it").speaker(), "the lead names him in full");
    for (Quote q : extractor.extract(text)) {
      assertTrue(q.speaker() == null || !q.speaker().equals("Express"), q.toString());
    }
  }
  @Test
  void aGroupARunAcrossASentenceEndAndOneNameJoinedByAndAreReadRight() {
    String judges = "The Woodsman won the award on Thursday.\n\n"
        + "Judges said the film tackled the subject with \"great insight and sensitivity\".";
    assertNull(find(judges, "great insight").speaker(), "a role's plural names a group, nobody in it");
    String sentence = "Sales were up in the US, offsetting a slowdown in the UK. Pete Redfern said the market was "
        + "tough. \"Visitor levels have been encouraging,\" he added.";
    assertEquals("Pete Redfern", find(sentence, "Visitor levels").speaker());
    String and = "In a statement, the Department of Trade and Industry said the policy meant a "
        + "\"sixfold reduction in the number of waste shipments\".";
    assertEquals("Department of Trade and Industry", find(and, "sixfold").speaker());
  }
}
