package io.solrquotes.extract;

import static io.solrquotes.extract.NameWords.EVENTS;
import static io.solrquotes.extract.NameWords.GROUPS;
import static io.solrquotes.extract.NameWords.NOT_NAMES;
import static io.solrquotes.extract.NameWords.NO_ONE;
import static io.solrquotes.extract.NameWords.POSSESSIVES;
import static io.solrquotes.extract.NameWords.TRAILING_COMMA;
import static io.solrquotes.extract.NameWords.acronym;
import static io.solrquotes.extract.NameWords.compoundAdjective;
import static io.solrquotes.extract.NameWords.isDeterminer;
import static io.solrquotes.extract.NameWords.isNotName;
import static io.solrquotes.extract.NameWords.lastWord;
import static io.solrquotes.extract.NameWords.nameStart;
import static io.solrquotes.extract.NameWords.noOne;
import static io.solrquotes.extract.NameWords.placeBefore;
import static io.solrquotes.extract.NameWords.stripPossessive;
import static io.solrquotes.extract.NameWords.titleOf;
import static io.solrquotes.extract.NameWords.wordEnd;
import static io.solrquotes.extract.NameWords.words;

import io.solrquotes.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who the speaker mentions of one article refer to, by name. It keeps an article-level model of the
 * people and organisations the text names: each name's fullest form ("President Donald Trump" …
 * "Trump" → "Donald Trump"), its type, a person's gender where the text shows it (an honorific, a
 * given name, a gendered title) and the words that describe it ("Indiana Gov. Mike Pence"). Against
 * it, a name resolves to its fullest form; "he" and "she" to the most salient person of that gender
 * (named or referred to in the sentences before, in subject position or as a speaker); "it" and
 * "they" to an organisation just in view; a description to the person or organisation it fits ("the
 * Indiana governor", "the company"). What fits nobody, and what is no name (a day, a place, a people),
 * gives no name: a wrong name is worse than none.
 */
final class SpeakerResolver {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");

  /** The pronouns indexed as possible mentions of someone named before: "he" and "she" are subjects. */
  private static final List<String> NOTED_PRONOUNS = List.of("he", "she", "it", "they");

  /** Verbs among {@link #NOT_NAMES}: after a name, they make it a subject ("Smith said"). */
  private static final Set<String> FINITE_VERBS =
      Set.of("is", "was", "are", "were", "has", "have", "had", "does", "did", "will", "would", "can",
          "could", "should", "says", "said");

  /** What ties a place or an employer to a name: "Lee Zeldin of New York", "Dan McLaughlin at the National Review". */
  private static final List<String> PLACE_PREPOSITIONS =
      List.of("of the ", "of ", "at the ", "at ", "from the ", "from ", "with the ", "with ");

  /** Nouns a name modifies: "Trump rally", "Clinton emails". */
  private static final Set<String> NOUNS_AFTER_NAMES =
      Set.of("supporter", "supporters", "rally", "rallies", "voter", "fans", "emails", "email", "era",
          "tower", "hotel", "plan", "policy", "policies", "win", "victory", "loss", "camp", "backers",
          "backer", "aide", "aides", "allies", "ally", "adviser", "advisers", "staff", "team", "effect",
          "doctrine", "years", "presidency", "foundation", "family", "brand", "event", "events");

  /** Adverbs between a subject and its verb: "Obama also addressed". */
  private static final Set<String> ADVERBS =
      Set.of("also", "later", "then", "now", "still", "even", "just", "only", "once", "again", "never",
          "always", "often", "first", "last", "further", "instead");

  /** Words after which a name may be the subject of a clause: "and Macron said", "that Trump had". */
  private static final Set<String> CONJUNCTIONS =
      Set.of("and", "but", "or", "nor", "yet", "so", "that", "while", "as", "when", "whereas", "because",
          "since", "if", "though", "although", "after", "before", "until", "unless", "where", "once",
          "then", "also", "even", "now", "both", "whether", "than");

  /** Words an apposition after a name starts with: "Jane Doe, the mayor, said". */
  private static final Set<String> APPOSITION_OPENERS =
      Set.of("a", "an", "the", "his", "her", "their", "its", "now", "who", "whose", "one", "another",
          "also", "then", "former", "both", "herself", "himself");

  /** How many characters from a name run's start {@link #tagged} tags at the most. */
  private static final int TAG_CONTEXT = 200;

  /** How many sentences with words outside quotation marks a pronoun looks back over for its referent. */
  private static final int PRONOUN_WINDOW = 4;

  /** How many sentences in all a pronoun looks back over at the most (quoted ones included). */
  private static final int MAX_WINDOW = 16;

  /** How many earlier pronouns deep a pronoun follows a chain ("He said … He added … he said"). */
  private static final int MAX_CHAIN = 3;

  /** How many name occurrences before a description it looks back over for what it describes. */
  private static final int DESCRIPTION_REACH = 400;

  /** What joins the words of a longer name before its last one: "Top of the Pops", "League for Democracy". */
  private static final List<String> TITLE_JOINTS = List.of(" of the ", " for the ", " for ");

  /** What each earlier mention, up to five, adds to a person's claim on "the front-runner", "the nominee". */
  private static final int SALIENT_ROLE_WEIGHT = 20;

  private final NlpPipeline nlp;
  private final String text;
  private final Sentences sentences;
  private final List<QuoteSpan> quoted;
  private final SpeakerAliases aliases;
  /** Name occurrences in text order. */
  private final List<NameOccurrence> occurrences = new ArrayList<>();
  /** Canonical names by surname (last name token, lower case). */
  private final Map<String, List<String>> fullNamesBySurname = new HashMap<>();
  /** Where each name form first stands in the text. */
  private final Map<String, Integer> firstSeen = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Set<String> persons = new HashSet<>();
  /** Gender shown by a gendered word before a full name, by the name's shown form. */
  private final Map<String, Gender> fullNameHints = new HashMap<>();
  /** Gender shown by an honorific or a gendered title, by surname (lower case). */
  private final Map<String, Gender> genderHints = new HashMap<>();
  /** Third-person pronouns outside quotations, in text order. */
  private final List<PronounOccurrence> pronouns = new ArrayList<>();
  /** The speakers resolved for attributions so far, by the offset of their mention. */
  private final TreeMap<Integer, Speaker> speakersAt = new TreeMap<>();
  /** Pronouns resolved so far, by offset. */
  private final Map<Integer, Speaker> pronounsResolved = new HashMap<>();
  /** For each sentence, how many sentences before it have words outside quotation marks; made on first use. */
  private int[] narrativeRank;
  /** The article's words written in lower case, see {@link #commonWord}; made on first use. */
  private Set<String> lowerCaseWords;
  /** "he" and "she" after each surname, see {@link #pronounVotes()}; made on first use. */
  private Map<String, int[]> pronounVotes;
  /** What the text says of each name occurrence ("Indiana Gov."), by occurrence; made on first use. */
  private Map<NameOccurrence, Set<String>> descriptors;

  /** A run of capitalised words in the text, split into title and name. */
  private static final class NameOccurrence {
    final int start;
    final int end;
    final String name;
    final String title;
    /** Whether the name ends in "'s": no subject then. */
    final boolean possessive;
    /** Whether it is the subject of a clause, worked out on first use; most never are asked. */
    Boolean subject;
    /** Whether it is the subject of a verb of saying ("Hawkins said her group…"), worked out on first use. */
    Boolean reports;
    /** Whether it names a person, as last worked out, and the model's size then (it only grows). */
    boolean person;
    int personAtPersons = -1;
    int personAtOccurrences = -1;

    NameOccurrence(int start, int end, String name, String title, boolean possessive) {
      this.start = start;
      this.end = end;
      this.name = name;
      this.title = title;
      this.possessive = possessive;
    }
  }

  /** "he", "she", "it" or "they" outside quotations. */
  private record PronounOccurrence(int start, String lower, boolean subject) {}

  /** A name's standing as the referent of one pronoun or description. */
  private static final class Candidate {
    final Speaker speaker;
    /** The best single mention's score. */
    double score;
    int last;
    int mentions = 1;

    Candidate(Speaker speaker, double score, int last) {
      this.speaker = speaker;
      this.score = score;
      this.last = last;
    }

    /** The best mention's score, and a little for being named more than once in view. */
    double total() {
      return score + Math.min(10, 5 * (mentions - 1));
    }
  }

  /**
   * A run of capitalised words that opens a sentence, indexed once the tagger has said whether its
   * first word is part of the name ("Prime Minister Tony Blair") or only capitalised because it comes
   * first ("Understated Perez"). Tagging is the costly part of indexing names, so it is left until the
   * run's surname is looked up or a pronoun after it is resolved; most never are.
   */
  private static final class OpeningRun {
    final int start;
    final int end;
    final List<String> words;
    boolean settled;

    OpeningRun(int start, int end, List<String> words) {
      this.start = start;
      this.end = end;
      this.words = words;
    }
  }

  /** Sentence-opening runs in text order, settled or not. */
  private final List<OpeningRun> openingRuns = new ArrayList<>();
  /** The sentence-opening runs by surname (last word, lower case). */
  private final Map<String, List<OpeningRun>> openingRunsBySurname = new HashMap<>();

  /**
   * @param quoted the article's quotations: names inside them are the quoted speaker's words ("Crooked
   *     Hillary"), not the article's, and are not indexed
   * @param aliases the names speakers are shown by instead of others
   */
  SpeakerResolver(NlpPipeline nlp, String text, Sentences sentences, List<QuoteSpan> quoted, SpeakerAliases aliases) {
    this.nlp = nlp;
    this.text = text;
    this.sentences = sentences;
    this.quoted = quoted;
    this.aliases = aliases;
    indexNames(quoted);
  }

  /**
   * Notes the speaker resolved for the attribution whose mention starts at {@code mentionStart}: a
   * person who speaks is a person, and the speaker of the quotations just before is salient for a
   * pronoun after them.
   */
  void noteSpeaker(int mentionStart, Speaker speaker) {
    if (speaker.name() == null) {
      return;
    }
    if (speaker.type() == SpeakerType.PERSON) {
      persons.add(speaker.name());
    }
    speakersAt.put(mentionStart, speaker);
  }

  /** Resolves the mention at {@code [start, end)}. */
  Speaker resolve(int start, int end) {
    String mention = text.substring(start, end);
    String lower = mention.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      return resolvePronoun(start, Gender.ofPronoun(lower), 0);
    }
    if (lower.equals("it") || lower.equals("they")) {
      return resolveGroupPronoun(start);
    }
    if (Attributor.isPronoun(lower)) {
      return Speaker.UNKNOWN;
    }
    String before = wordBefore(start).toLowerCase(Locale.ROOT);
    if (POSSESSIVES.contains(before) && Character.isLowerCase(mention.charAt(0))) {
      return describe(before + " " + mention, start); // "her campaign", the mention found without "her"
    }
    int organization = organizationStart(start);
    return describe(organization < start ? text.substring(organization, end) : mention, start);
  }

  /**
   * Canonical name, type and title of a mention written out at {@code at} ("NATO chief Mark Rutte",
   * "the Kremlin", "the Indiana governor").
   */
  private Speaker describe(String mention, int at) {
    List<String> words = words(mention);
    // sentence adverbs are not part of a name: "Meanwhile Mark Oaten"
    int lead = 0;
    while (lead < words.size() - 1 && isNotName(words.get(lead)) && !PersonTitles.isTitle(words.get(lead))
        && !opensName(words.get(lead), words.get(lead + 1))
        && !isDeterminer(words.get(lead)) && !POSSESSIVES.contains(words.get(lead).toLowerCase(Locale.ROOT))) {
      lead++;
    }
    words = words.subList(lead, words.size());
    if (words.isEmpty()) {
      return Speaker.UNKNOWN;
    }
    // "Coffee-loving Curry", "London-based Smith": a compound adjective is no part of a name
    while (words.size() > 1 && compoundAdjective(words.get(0))) {
      words = words.subList(1, words.size());
    }
    if (words.size() > 1 && isDeterminer(words.get(0)) && endsInRole(words)) {
      return resolveDescription(words, at); // "the Manchester Central MP": no name, a role
    }
    if (words.size() > 1 && endsInRole(words) && onlyDescribing(words)) {
      return Speaker.UNKNOWN; // a headline's "Ukrainian President Asserts …": a role, no name
    }
    while (words.size() > 1 && NameForms.isSuffix(words.get(words.size() - 1))) {
      words = words.subList(0, words.size() - 1); // "Martin Luther King Jr.": "King" is no title here
    }
    if (at > 0 && text.charAt(at - 1) == '-' && Character.isUpperCase(mention.charAt(0))) {
      return Speaker.UNKNOWN; // "Thames" of "Henley-on-Thames"
    }
    int nameStart = nameStart(words);
    String last = words.get(words.size() - 1);
    if (nameStart >= words.size()) {
      String first = words.get(0);
      return isDeterminer(first) || POSSESSIVES.contains(first.toLowerCase(Locale.ROOT)) || first.endsWith("'s")
          || first.endsWith("\u2019s")
          ? resolveDescription(words, at)
          : Speaker.UNKNOWN;
    }
    List<String> nameWords = words.subList(nameStart, words.size());
    String title = titleOf(words.subList(0, nameStart));
    String name = String.join(" ", nameWords);
    // "Ms. White", "Leeds" of "Jessica Leeds": a person although the word alone is a title or a place
    boolean person = nameStart > 0 && PersonTitles.isHonorific(words.get(nameStart - 1))
        || fullPersonName(nameWords);
    if (!Character.isUpperCase(name.charAt(0)) || noOne(name) && !person || words.size() == 1 && pluralRole(name)
        || words.size() == 1 && commonWordAt(nameWords, at)
        || nameWords.size() == 1 && (PersonTitles.isTitle(name) && !person || nameStart == 0 && commonWord(name))) {
      return new Speaker(null, SpeakerType.UNKNOWN, title, 0);
    }
    if (nameStart > 0 && Character.isDigit(words.get(nameStart - 1).charAt(0))) {
      return new Speaker(null, SpeakerType.UNKNOWN, title, 0); // "50 Cent", "499 Macintosh"
    }
    if (nameWords.size() > 1 && last.length() == 1 && !FirstNames.contains(nameWords.get(0))) {
      return new Speaker(null, SpeakerType.UNKNOWN, title, 0); // "Plan G"; a user "Roland Z" is a person
    }
    boolean titled = false; // "Dr Fox", "Sen. Sanders"
    for (String w : words.subList(0, nameStart)) {
      titled |= PersonTitles.isTitle(w);
    }
    boolean theBefore = isDeterminer(words.get(0)) && nameStart <= 1;
    boolean organizationBefore = nameStart > 0 && Descriptions.isOrganizationHead(words.get(nameStart - 1));
    String canonical = canonical(nameWords);
    boolean fullName = !canonical.equals(name) && typeOf(words(canonical), false) == SpeakerType.PERSON;
    if (organizationBefore || !titled && !fullName && typeOf(nameWords, theBefore) == SpeakerType.ORGANIZATION) {
      return shown(name, SpeakerType.ORGANIZATION, title, 1);
    }
    if (title == null) {
      title = titles.get(canonical);
    }
    // one word that nothing in the text shows to be a person's ("Gartner said"): a person or a firm
    SpeakerType type = words(canonical).size() == 1 && !titled && title == null && genderOf(canonical) == Gender.UNKNOWN
        && !FirstNames.contains(canonical) ? SpeakerType.UNKNOWN : SpeakerType.PERSON;
    return shown(canonical, type, title, 1);
  }

  /** Whether a run of words ends in a person's role, which no name does: "Manchester Central MP", "Tory leader". */
  private static boolean endsInRole(List<String> words) {
    String last = words.get(words.size() - 1);
    return Descriptions.isRole(last) && !PersonTitles.isOrganizationHead(last) && !PersonTitles.isHonorific(last);
  }

  /** Whether a word is a role's plural, which names a group and nobody in it: "Judges", "Ministers". */
  private static boolean pluralRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.endsWith("s") || w.endsWith("ss")) {
      return false;
    }
    String singular = w.substring(0, w.length() - 1);
    if (Descriptions.party(List.of(singular)) != null || NO_ONE.contains(singular)) {
      return false; // "Republicans", "Democrats": a party
    }
    return Descriptions.isRole(singular) || PersonTitles.isTitle(singular) && !PersonTitles.isHonorific(singular);
  }

  /**
   * Whether the period a word ends in ends its sentence: not that of an initial ("J."), an
   * abbreviation with periods inside ("U.S."), a title ("Sen.") or a suffix ("Jr.").
   */
  private static boolean endsSentence(String word) {
    if (!word.endsWith(".") || word.length() <= 2 || word.indexOf('.') < word.length() - 1) {
      return false;
    }
    return !PersonTitles.isTitle(word) && !NameForms.isSuffix(word) && !word.equals("St.");
  }

  /** Whether the words said of a person hold the description's people or place word, if it has one ("Ukrainian"). */
  private static boolean saysPlaceOf(Descriptions.Parsed d, Set<String> said) {
    for (String m : d.modifiers()) {
      if (NameWords.demonym(m) && !said.contains(m)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word describes and none names: "Ukrainian President", "Republican Senator". */
  private static boolean onlyDescribing(List<String> words) {
    for (String w : words) {
      if (!(PersonTitles.isTitle(w) || Descriptions.isRole(w) || NameWords.demonym(w) || Descriptions.isDescribing(w))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word that names nobody by itself opens the name after it: "New Order", "New Labour". */
  private static boolean opensName(String word, String next) {
    return word.equalsIgnoreCase("new") && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
  }

  /** Whether the article writes a one-word name in full as a person's: "Leeds" and "Jessica Leeds". */
  private boolean fullPersonName(List<String> nameWords) {
    if (nameWords.size() != 1) {
      return false;
    }
    List<String> full = words(canonical(nameWords));
    return full.size() > 1 && FirstNames.contains(full.get(0));
  }

  /** The speaker as a facet shows it: a person's name in its one form, then the alias file's. */
  private Speaker shown(String name, SpeakerType type, String title, double certainty) {
    String form = type == SpeakerType.ORGANIZATION ? NameForms.apostrophes(name) : NameForms.person(name);
    return new Speaker(aliases.canonical(form), type, title, certainty);
  }

  /**
   * Whether a one-word name the article has no fuller form of is a common word capitalised ("Users",
   * "Growth", "Economic"): the article writes it in lower case elsewhere. Not for capitals ("BT").
   */
  private boolean commonWord(String name) {
    String bare = stripPossessive(name);
    if (bare.length() < 3 || acronym(bare) || words(canonical(List.of(bare))).size() > 1
        || genderHints.containsKey(bare.toLowerCase(Locale.ROOT))) {
      return false; // "Ms. White" somewhere in the article: a person
    }
    if (lowerCaseWords == null) {
      lowerCaseWords = new HashSet<>();
      Words.each(text, 0, text.length(), (s, e) -> {
        if (Character.isLowerCase(text.charAt(s))) {
          lowerCaseWords.add(text.substring(s, e));
        }
        return true;
      });
    }
    return lowerCaseWords.contains(bare.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a one-word mention opening its sentence is a common word the tagger does not take for a
   * name ("This", "There"): capitalised only because it comes first.
   */
  private boolean commonWordAt(List<String> nameWords, int at) {
    if (nameWords.size() != 1 || at < 0 || FirstNames.contains(nameWords.get(0))) {
      return false;
    }
    if (!opensSentence(at)) {
      return false;
    }
    String word = nameWords.get(0);
    int after = Math.min(text.length(), at + word.length());
    if (word.endsWith("ly") && after < text.length() && text.charAt(after) == ',') {
      return true; // "Ultimately, there will be, says …"
    }
    TokenWindow w = TokenWindow.of(nlp, text, at, Math.min(text.length(), after + 40));
    if (w.size() == 0) {
      return false;
    }
    return switch (w.tag(0)) {
      case "PRON", "DET", "ADV", "SCONJ", "CCONJ", "AUX", "NUM", "PART", "INTJ" -> true;
      default -> false;
    };
  }

  /**
   * Whether the name is a person's or an organisation's: a given name first makes a person ("Liam
   * Fox"), unless an organisation's head word ends it; a word of an organisation's name ("Committee",
   * "Labour"), "the" before it or capitals throughout ("RCMP") make an organisation.
   */
  private SpeakerType typeOf(List<String> nameWords, boolean theBefore) {
    String last = nameWords.get(nameWords.size() - 1);
    if (nameWords.size() >= 2 && FirstNames.contains(nameWords.get(0)) && !PersonTitles.isOrganizationHead(last)) {
      return SpeakerType.PERSON;
    }
    for (String w : nameWords) {
      if (PersonTitles.isOrganizationWord(w)) {
        return SpeakerType.ORGANIZATION;
      }
    }
    if (PersonTitles.isOrganizationHead(last) || nameWords.contains("of") && PersonTitles.isOrganizationHead(nameWords.get(0))) {
      return SpeakerType.ORGANIZATION; // "British Chambers of Commerce", "Office of Drug Safety"
    }
    if (theBefore) {
      return SpeakerType.ORGANIZATION;
    }
    if (nameWords.size() == 1 && acronym(last) && words(canonical(nameWords)).size() == 1) {
      return SpeakerType.ORGANIZATION;
    }
    if (nameWords.size() >= 2 && acronym(last) && !acronym(nameWords.get(0))) {
      return SpeakerType.ORGANIZATION; // "Sirius XM", "Deutsche Bank AG"
    }
    return SpeakerType.PERSON;
  }

  // ---- pronouns ----

  /**
   * "he" or "she" at {@code at}: the most salient person of that gender in the sentences before (the
   * subject of a recent sentence, the speaker of the quotations just before, one the chain of earlier
   * pronouns refers to); without one, the speaker of the quotations before; else nobody.
   */
  private Speaker resolvePronoun(int at, Gender wanted, int depth) {
    Speaker known = pronounsResolved.get(at);
    if (known != null) {
      return known;
    }
    int sentence = sentences.indexOf(at);
    int fromSentence = windowStart(sentence);
    int from = sentences.start(fromSentence);
    settleOpeningRuns(from, at);
    Map<String, Candidate> candidates = new HashMap<>();
    // in "…, he said." the words before the pronoun are what was said, not who said it
    int until = reportStart(at, Math.max(from, sentences.start(sentence)));
    considerPersons(candidates, from, until, wanted, sentence);
    if (depth < MAX_CHAIN) {
      for (int i = firstPronounFrom(from); i < pronouns.size() && pronouns.get(i).start < until; i++) {
        PronounOccurrence p = pronouns.get(i);
        Gender g = Gender.ofPronoun(p.lower);
        if (g != Gender.UNKNOWN && g == wanted) {
          Speaker s = resolvePronoun(p.start, g, depth + 1);
          if (s.name() != null) {
            consider(candidates, s, g, wanted, p.start, p.subject, speakersAt.containsKey(p.start), sentence);
          }
        }
      }
    }
    Speaker resolved = best(candidates, at);
    if (resolved == null) {
      resolved = currentSpeaker(at, sentence, wanted);
    }
    pronounsResolved.put(at, resolved);
    return resolved;
  }

  /** Adds the persons named in {@code [from, until)} to the candidates for a referent in {@code sentence}. */
  private void considerPersons(Map<String, Candidate> candidates, int from, int until, Gender wanted, int sentence) {
    for (int i = firstOccurrenceFrom(from); i < occurrences.size() && occurrences.get(i).end <= until; i++) {
      NameOccurrence o = occurrences.get(i);
      if (isPerson(o)) {
        String canonical = canonical(words(o.name));
        Speaker s = shown(canonical, SpeakerType.PERSON, titles.get(canonical), 1);
        consider(candidates, s, genderOf(canonical), wanted, o.start, subject(o), speaks(o), sentence);
      }
    }
  }

  /**
   * Adds a mention at {@code offset} of {@code speaker} to the candidates: the closer, a subject, a
   * speaker, the more salient; a person of the other gender is no candidate, one of unknown gender a
   * weaker one.
   */
  private void consider(Map<String, Candidate> candidates, Speaker speaker, Gender gender, Gender wanted,
      int offset, boolean subject, boolean speaks, int pronounSentence) {
    if (!gender.agrees(wanted)) {
      return;
    }
    int distance = narrativeDistance(sentences.indexOf(offset), pronounSentence);
    double score = 100 - 40 * distance + (subject ? 30 : 0) + (speaks ? 15 : 0)
        - (gender == Gender.UNKNOWN && wanted != Gender.UNKNOWN ? 25 : 0) + (firstInSentence(offset) ? 10 : 0);
    Candidate c = candidates.get(speaker.name());
    if (c == null) {
      candidates.put(speaker.name(), new Candidate(speaker, score, offset));
    } else {
      c.score = Math.max(c.score, score);
      c.mentions++;
      c.last = Math.max(c.last, offset);
    }
  }

  /** Whether no name or pronoun stands before {@code offset} in its sentence. */
  private boolean firstInSentence(int offset) {
    int start = sentences.start(sentences.indexOf(offset));
    int o = firstOccurrenceFrom(start);
    int p = firstPronounFrom(start);
    return (o >= occurrences.size() || occurrences.get(o).start >= offset)
        && (p >= pronouns.size() || pronouns.get(p).start >= offset);
  }

  /**
   * Where the words said before a pronoun at {@code at} start, if the pronoun closes a report ("…,
   * he said"): the opening mark of the quotation it follows ("Mosman disagreed: "…," he said" keeps
   * Mosman), or {@code sentenceStart} after a comma; {@code at} itself when it closes none.
   */
  private int reportStart(int at, int sentenceStart) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
      i--;
    }
    if (i < 0) {
      return at;
    }
    int q = TextOrder.firstFrom(quoted, QuoteSpan::closeMarkEnd, i + 1);
    if (q < quoted.size()) {
      QuoteSpan span = quoted.get(q);
      if (span.closeMarkEnd() == i + 1) {
        // after a colon the words before are who introduced it; else the quotation goes on their clause
        // ("Mr Sullivan "made the decisions," he told the court")
        int before = span.openMark() > 0 ? lastNonSpace(span.openMark()) : 0;
        return text.charAt(before) == ':' ? Math.max(sentenceStart, Math.min(at, span.openMark())) : sentenceStart;
      }
    }
    return text.charAt(at - 1 >= 0 ? lastNonSpace(at) : 0) == ',' && endsClause(at) ? sentenceStart : at;
  }

  /**
   * Whether the pronoun at {@code at} and the word after it end their clause: "…, he said." and
   * "…, she added, …", not "Asked about it, she said that …".
   */
  private boolean endsClause(int at) {
    int i = skipSpaces(wordEnd(text, at));
    if (i < text.length() && Character.isLetter(text.charAt(i))) {
      i = wordEnd(text, i);
    }
    return i >= text.length() || ".,;:!?\n".indexOf(text.charAt(i)) >= 0;
  }

  /** The offset of the last character before {@code at} that is not a space. */
  private int lastNonSpace(int at) {
    int i = at - 1;
    while (i > 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i;
  }

  /** The best candidate, as sure as its lead over the next one; {@code null} with none. */
  private static Speaker best(Map<String, Candidate> candidates, int at) {
    Candidate best = null;
    double second = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates.values()) {
      if (best == null || c.total() > best.total() || c.total() == best.total() && c.last > best.last) {
        if (best != null) {
          second = Math.max(second, best.total());
        }
        best = c;
      } else {
        second = Math.max(second, c.total());
      }
    }
    if (best == null) {
      return null;
    }
    double lead = best.total() - second;
    // measured on news text: a lead of 100 (a subject or speaker a sentence nearer than any other) is
    // right about 19 times in 20, a narrower one barely more often than not
    double certainty = lead >= 100 ? 0.9 : lead >= 40 ? 0.55 : lead >= 15 ? 0.5 : 0.4;
    return best.speaker.atMost(certainty);
  }

  /**
   * The speaker of the quotations before {@code at}, within {@value #MAX_WINDOW} sentences, if of the
   * wanted gender: "…," he continued, after a long quotation.
   */
  private Speaker currentSpeaker(int at, int sentence, Gender wanted) {
    var before = speakersAt.lowerEntry(at);
    if (before == null || sentence - sentences.indexOf(before.getKey()) > MAX_WINDOW) {
      return Speaker.UNKNOWN;
    }
    Speaker s = before.getValue();
    if (s.type() != SpeakerType.PERSON || !genderOf(s.name()).agrees(wanted)) {
      return Speaker.UNKNOWN;
    }
    return s.atMost(0.45);
  }

  /**
   * "it" or "they" at {@code at}: the organisation last named as a subject or as a speaker in the
   * sentence or the two before; else nobody.
   */
  private Speaker resolveGroupPronoun(int at) {
    int sentence = sentences.indexOf(at);
    int from = sentences.start(Math.max(0, sentence - 2));
    settleOpeningRuns(from, at);
    for (int i = firstOccurrenceFrom(at) - 1; i >= 0 && occurrences.get(i).start >= from; i--) {
      NameOccurrence o = occurrences.get(i);
      if (o.end > at || !(subject(o) || speakersAt.containsKey(o.start))) {
        continue;
      }
      List<String> w = words(o.name);
      if (!noOne(o.name) && typeOf(w, startsWithThe(o.start)) == SpeakerType.ORGANIZATION) {
        return shown(o.name, SpeakerType.ORGANIZATION, null, 0.5);
      }
    }
    return Speaker.UNKNOWN;
  }

  private boolean startsWithThe(int nameStart) {
    int i = nameStart - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 2 && text.regionMatches(true, i - 2, "the", 0, 3) && (i < 3 || !Character.isLetter(text.charAt(i - 3)));
  }

  /** The first sentence a pronoun in {@code sentence} looks back to. */
  private int windowStart(int sentence) {
    int[] rank = narrativeRank();
    int s = sentence;
    while (s > 0 && sentence - s < MAX_WINDOW && rank[sentence] - rank[s - 1] <= PRONOUN_WINDOW) {
      s--;
    }
    return s;
  }

  /** How many sentences with words outside quotation marks lie from {@code from} to {@code to}. */
  private int narrativeDistance(int from, int to) {
    int[] rank = narrativeRank();
    return Math.max(0, rank[to] - rank[from]);
  }

  private int[] narrativeRank() {
    if (narrativeRank == null) {
      int n = sentences.count();
      int[] rank = new int[n + 1];
      int q = 0;
      for (int s = 0; s < n; s++) {
        int start = sentences.start(s);
        int end = sentences.end(s);
        while (q < quoted.size() && quoted.get(q).closeMarkEnd() <= start) {
          q++;
        }
        boolean insideQuote = q < quoted.size() && quoted.get(q).openMark() <= start
            && quoted.get(q).closeMarkEnd() >= end;
        rank[s + 1] = rank[s] + (insideQuote ? 0 : 1);
      }
      narrativeRank = rank;
    }
    return narrativeRank;
  }

  private int firstPronounFrom(int offset) {
    return TextOrder.firstFrom(pronouns, PronounOccurrence::start, offset);
  }

  /**
   * A person's gender: by a gendered word before the full name, else by the given name, else by an
   * honorific or title before the surname, else by the pronouns after it.
   */
  private Gender genderOf(String name) {
    List<String> w = words(name);
    if (w.isEmpty()) {
      return Gender.UNKNOWN;
    }
    // a gendered word the text puts before this very name ("9/11 widow Terry Strada") beats the given name
    Gender own = fullNameHints.get(NameForms.person(name));
    if (own != null && own != Gender.UNKNOWN) {
      return own;
    }
    Gender g = FirstNames.gender(w.get(0));
    if (g != Gender.UNKNOWN) {
      return g;
    }
    String surname = stripPossessive(w.get(w.size() - 1)).toLowerCase(Locale.ROOT);
    Gender hint = genderHints.get(surname);
    if (hint != null) {
      return hint;
    }
    int[] votes = pronounVotes().get(surname);
    if (votes == null || votes[0] == votes[1]) {
      return Gender.UNKNOWN;
    }
    // "As Zelensky disembarked, he took to social media": he, twice as often as she
    return votes[0] >= 2 * votes[1] ? Gender.MALE : votes[1] >= 2 * votes[0] ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /**
   * For each surname, how often "he" and "she" follow it in a sentence where it is the only name
   * before the pronoun: the gender the text itself gives a person with no given name or honorific.
   * Counted once an article, on first use, over the name runs as indexed (sentence-opening ones by
   * their last word, untagged).
   */
  private Map<String, int[]> pronounVotes() {
    if (pronounVotes == null) {
      pronounVotes = new HashMap<>();
      int o = 0;
      int r = 0;
      for (PronounOccurrence p : pronouns) {
        Gender g = Gender.ofPronoun(p.lower);
        if (g == Gender.UNKNOWN) {
          continue;
        }
        int sentenceStart = sentences.start(sentences.indexOf(p.start));
        String only = null;
        boolean several = false;
        while (o < occurrences.size() && occurrences.get(o).start < sentenceStart) {
          o++;
        }
        for (int i = o; i < occurrences.size() && occurrences.get(i).end <= p.start && !several; i++) {
          String name = occurrences.get(i).name;
          if (!noOne(name) && !PersonTitles.isOrganizationWord(lastWord(name))) {
            several = only != null && !only.equals(lastWord(name));
            only = lastWord(name);
          }
        }
        while (r < openingRuns.size() && openingRuns.get(r).start < sentenceStart) {
          r++;
        }
        for (int i = r; i < openingRuns.size() && openingRuns.get(i).end <= p.start && !several; i++) {
          List<String> run = openingRuns.get(i).words;
          String name = String.join(" ", run);
          if (!noOne(name) && !PersonTitles.isOrganizationWord(run.get(run.size() - 1))) {
            several = only != null && !only.equals(lastWord(name));
            only = lastWord(name);
          }
        }
        if (only != null && !several) {
          pronounVotes.computeIfAbsent(only, k -> new int[2])[g == Gender.MALE ? 0 : 1]++;
        }
      }
    }
    return pronounVotes;
  }

  // ---- descriptions ----

  /** "the senator", "the Republican presidential candidate", "the company": who it describes. */
  private Speaker resolveDescription(List<String> words, int at) {
    Descriptions.Parsed d = Descriptions.parse(words);
    if (d.head().equals("campaign") && words.size() >= 2) {
      Speaker possessor = possessor(words.get(words.size() - 2), at);
      if (possessor != null) {
        return possessor.name() == null ? possessor
            : shown(possessor.name() + " campaign", SpeakerType.ORGANIZATION, null, possessor.certainty());
      }
    }
    return switch (d.kind()) {
      case PERSON, NONE -> resolveRole(d, at);
      case ORGANIZATION -> resolveOrganization(d, at);
    };
  }

  /**
   * Whose the campaign is in "the Clinton campaign", "Trump's campaign", "his campaign": the person
   * the word names, or {@code null} if it names nobody.
   */
  private Speaker possessor(String word, int at) {
    String bare = stripPossessive(word);
    Gender pronoun = Gender.ofPronoun(bare.toLowerCase(Locale.ROOT));
    if (pronoun != Gender.UNKNOWN) {
      return resolvePronoun(at, pronoun, 0);
    }
    if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) || noOne(bare)) {
      return null;
    }
    return shown(canonical(List.of(bare)), SpeakerType.PERSON, null, 1);
  }

  /**
   * A person described by a role: the one the text described so before ("Indiana Gov. Mike Pence"
   * for "the Indiana governor"), most salient first; for a candidate, a mogul and the like, the most
   * salient person of no other party.
   */
  private Speaker resolveRole(Descriptions.Parsed d, int at) {
    if (at < 0) {
      return Speaker.UNKNOWN;
    }
    String party = Descriptions.party(d.modifiers());
    int sentence = sentences.indexOf(at);
    Map<String, Candidate> described = new HashMap<>();
    Map<String, Candidate> salient = new HashMap<>();
    settleOpeningRuns(reachStart(at), at);
    int from = Math.max(0, firstOccurrenceFrom(at) - DESCRIPTION_REACH);
    int inView = windowStart(sentence);
    // what the text says of each person before the description, over all the names it uses for them
    List<NameOccurrence> people = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, Set<String>> byName = new HashMap<>();
    for (int i = from; i < occurrences.size() && occurrences.get(i).end <= at; i++) {
      NameOccurrence o = occurrences.get(i);
      if (isPerson(o)) {
        String canonical = canonical(words(o.name));
        people.add(o);
        names.add(canonical);
        byName.computeIfAbsent(canonical, k -> new HashSet<>()).addAll(descriptorsOf(o));
      }
    }
    for (int k = 0; k < people.size(); k++) {
      NameOccurrence o = people.get(k);
      String canonical = names.get(k);
      Set<String> said = byName.get(canonical);
      String hisParty = Descriptions.party(said);
      if (d.kind() == Descriptions.Kind.NONE && !said.contains(d.head())) {
        continue;
      }
      if (party != null && hisParty != null && !party.equals(hisParty)) {
        continue;
      }
      Speaker s = shown(canonical, SpeakerType.PERSON, titles.get(canonical), 0.55);
      Gender g = genderOf(canonical);
      if (said.contains(d.head()) && saysPlaceOf(d, said)) {
        int fit = 0;
        for (String m : d.modifiers()) {
          fit += said.contains(m) ? 1 : 0;
        }
        Candidate c = described.get(s.name());
        double score = fit * 1000 + o.start / (double) Math.max(1, at);
        if (g.agrees(d.gender()) && (c == null || score > c.score)) {
          described.put(s.name(), new Candidate(s, score, o.start));
        }
      } else if (d.salientRole() && sentences.indexOf(o.start) >= inView) {
        consider(salient, s, g, d.gender(), o.start, subject(o), speaks(o), sentence);
      }
    }
    Candidate best = null;
    for (Candidate c : described.values()) {
      if (best == null || c.score > best.score) {
        best = c;
      }
    }
    if (best != null) {
      return best.speaker;
    }
    // "the front-runner", "the nominee": the person the article is about outweighs one just named
    Map<String, Integer> named = new HashMap<>();
    for (String name : names) {
      named.merge(name, 1, Integer::sum);
    }
    for (Candidate c : salient.values()) {
      c.score += SALIENT_ROLE_WEIGHT * Math.min(5, named.getOrDefault(c.speaker.name(), 0));
    }
    Speaker s = best(salient, at);
    return s == null ? Speaker.UNKNOWN : s.atMost(0.45);
  }

  /**
   * An organisation described by its kind: the last one named whose name fits ("the commission", "the
   * newspaper" → "The New York Times"; "the campaign" → "Clinton campaign"); for a company or group,
   * the last organisation named as a subject or speaker in the sentence or the two before.
   */
  private Speaker resolveOrganization(Descriptions.Parsed d, int at) {
    if (at < 0) {
      return Speaker.UNKNOWN;
    }
    int sentence = sentences.indexOf(at);
    int near = sentences.start(Math.max(0, sentence - 2));
    settleOpeningRuns(reachStart(at), at);
    for (int i = firstOccurrenceFrom(at) - 1; i >= Math.max(0, firstOccurrenceFrom(at) - DESCRIPTION_REACH); i--) {
      NameOccurrence o = occurrences.get(i);
      if (o.end > at || noOne(o.name)) {
        continue;
      }
      if (d.head().equals("campaign") && campaignAfter(o.end) && isPerson(o)) {
        return shown(NameForms.person(canonical(words(o.name))) + " campaign", SpeakerType.ORGANIZATION, null, 0.5);
      }
      List<String> w = words(o.name);
      boolean organization = typeOf(w, startsWithThe(o.start)) == SpeakerType.ORGANIZATION;
      boolean inView = o.start >= near && (subject(o) || speakersAt.containsKey(o.start));
      if (organization && Descriptions.fits(d.head(), o.name)
          || d.generic() && inView && (organization || !personEvidence(o))) {
        return shown(o.name, SpeakerType.ORGANIZATION, null, 0.5);
      }
    }
    if (d.head().equals("campaign")) {
      // "the campaign" with no campaign named: that of the person most in view
      Speaker person = resolveSalient(at, Gender.UNKNOWN);
      if (person != null) {
        return shown(person.name() + " campaign", SpeakerType.ORGANIZATION, null, 0.45);
      }
    }
    return Speaker.UNKNOWN;
  }

  /** Where a description at {@code at} looks back to: {@value #DESCRIPTION_REACH} names back, or the text's start. */
  private int reachStart(int at) {
    int i = firstOccurrenceFrom(at) - DESCRIPTION_REACH;
    return i <= 0 ? 0 : occurrences.get(i).start;
  }

  /** The most salient person before {@code at}, as for a pronoun of {@code wanted} gender but with no chain. */
  private Speaker resolveSalient(int at, Gender wanted) {
    int sentence = sentences.indexOf(at);
    int from = sentences.start(windowStart(sentence));
    settleOpeningRuns(from, at);
    Map<String, Candidate> candidates = new HashMap<>();
    considerPersons(candidates, from, at, wanted, sentence);
    return best(candidates, at);
  }

  /** Whether "campaign" or "'s campaign" follows a name ending at {@code end}. */
  private boolean campaignAfter(int end) {
    int i = end;
    if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
      i += text.charAt(i + 1) == 's' ? 2 : 1;
    }
    return text.startsWith(" campaign", i);
  }

  /**
   * The words the text describes a name occurrence with: its title ("Indiana Gov."), the words just
   * before it ("Republican presidential candidate Donald Trump") and an apposition after it ("Jeff
   * Weiner, the LinkedIn chief executive,"), in {@link Descriptions#normal} form.
   */
  private Set<String> descriptorsOf(NameOccurrence o) {
    if (descriptors == null) {
      descriptors = new HashMap<>();
    }
    Set<String> known = descriptors.get(o);
    if (known != null) {
      return known;
    }
    Set<String> out = new HashSet<>();
    if (o.title != null) {
      for (String w : words(o.title)) {
        out.add(Descriptions.normal(w));
      }
    }
    // up to five words straight before the name, back to punctuation or a function word
    int i = o.start;
    for (int k = 0; k < 5; k++) {
      int e = i;
      while (e > 0 && text.charAt(e - 1) == ' ') {
        e--;
      }
      int s = e;
      while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-' || text.charAt(s - 1) == '.')) {
        s--;
      }
      if (s == e || e == o.start) {
        break; // no word, or none set apart from the name by a space
      }
      String word = text.substring(s, e);
      String n = Descriptions.normal(word);
      if (isNotName(word) || SpeechCues.isCue(word) || n.isEmpty()) {
        break;
      }
      out.add(n);
      i = s;
    }
    // an apposition: "Name, the …," or "Name, a …,"
    int a = o.end;
    if (a + 2 < text.length() && text.charAt(a) == ',') {
      int end = a + 1;
      int limit = Math.min(text.length(), a + 120);
      while (end < limit && ",.;:()\n".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      List<String> apposition = words(text.substring(a + 1, end));
      if (!apposition.isEmpty() && (isDeterminer(apposition.get(0)) || apposition.get(0).equalsIgnoreCase("now"))) {
        for (String w : apposition) {
          out.add(Descriptions.normal(stripPossessive(w)));
        }
      }
    }
    for (String w : List.copyOf(out)) {
      out.addAll(Descriptions.alsoNamed(w));
    }
    descriptors.put(o, out);
    return out;
  }

  /** The index of the first name occurrence starting at or after {@code offset} (they are in text order). */
  private int firstOccurrenceFrom(int offset) {
    return TextOrder.firstFrom(occurrences, o -> o.start, offset);
  }

  /** Whether the name occurrence is a subject: "Smith said", "…, said Smith"; not "Smith's plan". */
  private boolean subject(NameOccurrence o) {
    if (o.subject == null) {
      o.subject = !o.possessive && (afterVerbOfSaying(o.start) || followedByVerb(o.end) && !afterVerbOrPreposition(o.start));
    }
    return o.subject;
  }

  /**
   * Whether the name occurrence speaks: the speaker of a quotation, or the subject of a verb of saying
   * in reported speech ("Hawkins said her group…", "…, said Jake Horowitz, editor in chief").
   */
  private boolean speaks(NameOccurrence o) {
    if (speakersAt.containsKey(o.start)) {
      return true;
    }
    if (o.reports == null) {
      o.reports = !o.possessive && (invertedAfterSaying(o.start) || verbOfSayingAt(skipSpaces(o.end)));
    }
    return o.reports;
  }

  /**
   * Whether the name follows a verb of saying that follows a comma or a quotation: "…, said Jake
   * Horowitz"; not "he said Ryan", whose verb has its subject before it.
   */
  private boolean invertedAfterSaying(int start) {
    if (!afterVerbOfSaying(start)) {
      return false;
    }
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    i -= wordBefore(start).length();
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && ",\"'\u201D\u2019".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** Whether a verb of saying, after at most one adverb, starts at {@code i}: "said", "also argues". */
  private boolean verbOfSayingAt(int i) {
    int n = text.length();
    if (i >= n || !Character.isLowerCase(text.charAt(i))) {
      return false;
    }
    int end = wordEnd(text, i);
    if (ADVERBS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
      i = skipSpaces(end);
      end = i < n ? wordEnd(text, i) : i;
    }
    return SpeechCues.formAt(text, i, end) == SpeechCues.Form.FINITE;
  }

  /** Whether the occurrence names a person, worked out again only when the article's model has grown. */
  private boolean isPerson(NameOccurrence o) {
    if (o.personAtPersons != persons.size() || o.personAtOccurrences != occurrences.size()) {
      o.person = personName(o);
      o.personAtPersons = persons.size();
      o.personAtOccurrences = occurrences.size();
    }
    return o.person;
  }

  private boolean personName(NameOccurrence o) {
    String canonical = canonical(words(o.name));
    String before = wordBefore(o.start);
    if (noOne(canonical) || o.title == null && startsWithThe(o.start) || before.equals("New")
        || POSSESSIVES.contains(before.toLowerCase(Locale.ROOT)) || before.equals("a") || before.equals("an")) {
      return false; // "the Sandy Hook shootings", "New Yorkers", "its Green Paper", "a Trump rally"
    }
    List<String> w = words(canonical);
    if (typeOf(w, false) == SpeakerType.ORGANIZATION) {
      return false;
    }
    for (String word : w) {
      if (PersonTitles.isPlaceWord(word)) {
        return false;
      }
    }
    if (persons.contains(NameForms.person(canonical)) || o.title != null) {
      return true;
    }
    if (FirstNames.contains(w.get(0)) // also a given name alone: "his wife, Jane, offered"
        || genderHints.containsKey(stripPossessive(w.get(w.size() - 1)).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return w.size() >= 2 && w.size() <= 4 || w.size() == 1 && subject(o) && !opensSentence(o.start);
  }

  /** Whether only marks and spaces stand before {@code offset} in its sentence: "Conservative economist …". */
  private boolean opensSentence(int offset) {
    for (int i = sentences.start(sentences.indexOf(offset)); i < offset; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text shows a name occurrence is a person's: a title or honorific, a given name, a
   * gendered word, or the name spoke as a person.
   */
  private boolean personEvidence(NameOccurrence o) {
    String canonical = canonical(words(o.name));
    List<String> w = words(canonical);
    return o.title != null || persons.contains(NameForms.person(canonical))
        || w.size() >= 2 && FirstNames.contains(w.get(0))
        || genderHints.containsKey(stripPossessive(w.get(w.size() - 1)).toLowerCase(Locale.ROOT));
  }

  /**
   * The article's form of the name that ends with {@code nameWords}: the form of two or more words
   * the article introduces first ("John Ellis Bush" before "George W. Bush" and "Mr. Bush": news
   * introduces its people by their full names), the longer one on a tie; the name as written if the
   * article has no longer form.
   */
  private String canonical(List<String> nameWords) {
    String written = stripPossessive(String.join(" ", nameWords));
    String surname = stripPossessive(nameWords.get(nameWords.size() - 1)).toLowerCase(Locale.ROOT);
    List<OpeningRun> opening = openingRunsBySurname.remove(surname);
    if (opening != null) {
      opening.forEach(this::settle);
    }
    List<String> candidates = fullNamesBySurname.get(surname);
    if (candidates == null) {
      return written;
    }
    String best = null;
    int bestFirst = Integer.MAX_VALUE;
    String suffix = " " + written.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      String c = " " + candidate.toLowerCase(Locale.ROOT);
      if (!c.endsWith(suffix) || candidate.indexOf(' ') < 0) {
        continue;
      }
      int first = firstSeen.getOrDefault(candidate, Integer.MAX_VALUE);
      if (best == null || first < bestFirst || first == bestFirst && candidate.length() > best.length()) {
        best = candidate;
        bestFirst = first;
      }
    }
    return best == null ? written : best;
  }

  private void indexNames(List<QuoteSpan> quoted) {
    int n = text.length();
    int i = 0;
    int q = 0;
    boolean sentenceInitial = true;
    while (i < n) {
      if (i == 0 || text.charAt(i - 1) == '\n') {
        int lineEnd = text.indexOf('\n', i);
        lineEnd = lineEnd < 0 ? n : lineEnd;
        if (headline(i, lineEnd)) {
          i = lineEnd;
          continue;
        }
      }
      while (q < quoted.size() && quoted.get(q).contentEnd() <= i) {
        q++;
      }
      if (q < quoted.size() && quoted.get(q).contentStart() <= i) {
        i = quoted.get(q).contentEnd();
        continue;
      }
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201c') {
          sentenceInitial = true;
        }
        i++;
        continue;
      }
      int runStart = i;
      List<String> run = null; // made for a capitalised word only: most words are not
      int runEnd = i;
      int j = i;
      while (j < n) {
        int we = wordEnd(text, j);
        if (we == j || !Character.isUpperCase(text.charAt(j))) {
          break;
        }
        String word = text.substring(j, we);
        if (run == null && isNotName(word) || run != null && isNotName(word) && !PersonTitles.isHonorific(word)) {
          break;
        }
        if (run == null) {
          run = new ArrayList<>();
        }
        run.add(word);
        runEnd = we;
        if (word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("'") || word.endsWith("\u2019")) {
          break; // "Trump's", "CBS' Face the Nation"
        }
        if (endsSentence(word)) {
          break; // "… in the UK. Wimpey said"
        }
        if (we < n && text.charAt(we) == ' ' && we + 1 < n && Character.isUpperCase(text.charAt(we + 1))) {
          j = we + 1;
        } else if ((text.startsWith(" of ", we) || text.startsWith(" on ", we)) && PersonTitles.isOrganizationHead(word)) {
          // "Commission on Presidential Debates", "Association of Chief Police Officers"
          int next = we + 4;
          if (next < n && Character.isUpperCase(text.charAt(next)) && !isNotName(text.substring(next, wordEnd(text, next)))) {
            run.add(text.substring(we + 1, we + 3));
            j = next;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      if (run == null) {
        int we = wordEnd(text, i);
        notePronoun(i, we);
        i = we;
        sentenceInitial = false;
        continue;
      }
      if (sentenceInitial && run.size() > 1) {
        OpeningRun opening = new OpeningRun(runStart, runEnd, run);
        openingRuns.add(opening);
        String surname = stripPossessive(run.get(run.size() - 1)).toLowerCase(Locale.ROOT);
        openingRunsBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(opening);
      } else {
        addOccurrence(runStart, runEnd, run);
      }
      sentenceInitial = false;
      i = runEnd;
    }
  }

  /**
   * Whether the tagger takes the first word of the run at {@code [start, end)} for a proper noun. It
   * tags the run and a few words after it on its line, at most {@value #TAG_CONTEXT} characters from
   * the run's start: a run can be as long as the text ("Aa Aa Aa …").
   */
  private TokenWindow tagged(int start, int end) {
    int to = Math.min(Math.min(end + 40, start + TAG_CONTEXT), text.length());
    for (int i = end; i < to; i++) {
      if (text.charAt(i) == '\n') {
        to = i;
        break;
      }
    }
    return TokenWindow.of(nlp, text, start, to);
  }

  /**
   * A line in title case ("Understated Perez Plays Long Game"): its capitalised words are not names
   * to learn from.
   */
  private boolean headline(int from, int to) {
    int last = to - 1;
    while (last > from && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (from > 0 && last > from && text.charAt(last) == '.') {
      return false; // past the title, a line ending in a period is a sentence: "… premiere of Polar Express."
    }
    int[] longWords = new int[2]; // all, capitalised
    Words.each(text, from, to, (s, e) -> {
      if (e - s >= 4) {
        longWords[0]++;
        if (Character.isUpperCase(text.charAt(s))) {
          longWords[1]++;
        }
      }
      return true;
    });
    return longWords[0] >= 4 && longWords[1] * 10 >= longWords[0] * 7 && longWords[0] - longWords[1] <= 2;
  }

  /** Settles the sentence-opening runs that start in {@code [from, to)}. */
  private void settleOpeningRuns(int from, int to) {
    for (int i = TextOrder.firstFrom(openingRuns, run -> run.start, from); i < openingRuns.size() && openingRuns.get(i).start < to; i++) {
      settle(openingRuns.get(i));
    }
  }

  /** Indexes a sentence-opening run, its first word dropped unless the tagger takes it for a name. */
  private void settle(OpeningRun opening) {
    if (opening.settled) {
      return;
    }
    opening.settled = true;
    String first = opening.words.get(0);
    List<String> forms = fullNamesBySurname.get(stripPossessive(opening.words.get(opening.words.size() - 1)).toLowerCase(Locale.ROOT));
    boolean writtenSoElsewhere = forms != null && forms.contains(stripPossessive(String.join(" ", opening.words)));
    boolean pluralRole = pluralRole(first);
    if (writtenSoElsewhere || !pluralRole && opening.words.size() > 1 && FirstNames.contains(first)) {
      addOccurrence(opening.start, opening.end, opening.words); // in mid-sentence too, or a given name first
      return;
    }
    TokenWindow w = tagged(opening.start, opening.end);
    if (!pluralRole && w.size() > 0 && "PROPN".equals(w.tag(0))) {
      addOccurrence(opening.start, opening.end, opening.words);
    } else if (opening.words.size() > 2 || w.size() < 2 || !"NOUN".equals(w.tag(1))) {
      // a sentence's first word is capitalised whatever it is: "Understated Perez raises …"; but
      // one common noun after it is none: "Polar Express uses"
      int next = text.indexOf(' ', opening.start) + 1;
      addOccurrence(next, opening.end, opening.words.subList(1, opening.words.size()));
    }
  }

  private void addOccurrence(int start, int end, List<String> run) {
    if (start > 0 && (text.charAt(start - 1) == '-' || start > 1 && text.charAt(start - 1) == ' '
        && Character.isDigit(text.charAt(start - 2)))) {
      return; // "Henley-on-Thames", "50 Cent": no name of its own
    }
    if (run.size() == 1 && endsTitle(start)) {
      return; // "Pops" of "Top of the Pops"
    }
    while (run.size() > 1 && compoundAdjective(run.get(0))) {
      start = text.indexOf(' ', start) + 1;
      run = run.subList(1, run.size());
    }
    while (run.size() > 1 && NameForms.isSuffix(run.get(run.size() - 1))) {
      run = run.subList(0, run.size() - 1);
    }
    while (run.size() > 1 && Places.contains("new " + run.get(0))) {
      start = text.indexOf(' ', start) + 1; // "(New) Hampshire Sanders supporters"
      run = run.subList(1, run.size());
    }
    int nameStart = nameStart(run);
    if (nameStart >= run.size() || endsInRole(run) || run.size() == 1 && PersonTitles.isTitle(run.get(0))) {
      return; // "Miss." of "Baldwin, Miss.": a title alone names nobody
    }
    List<String> nameWords = new ArrayList<>(run.subList(nameStart, run.size()));
    nameWords.set(nameWords.size() - 1, stripPossessive(nameWords.get(nameWords.size() - 1)));
    if (nameWords.get(nameWords.size() - 1).isEmpty()) {
      return;
    }
    String name = String.join(" ", nameWords);
    String title = titleOf(run.subList(0, nameStart));
    String lastWritten = run.get(run.size() - 1);
    boolean possessive = lastWritten.endsWith("'s") || lastWritten.endsWith("\u2019s");
    int nameOffset = start;
    // in text order: a settled opening run may come before names indexed already
    occurrences.add(firstOccurrenceFrom(nameOffset), new NameOccurrence(nameOffset, end, name, title, possessive));
    firstSeen.merge(name, start, Math::min);
    String surname = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
    List<String> forms = fullNamesBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
    if (!forms.contains(name)) {
      forms.add(name);
    }
    if (title != null) {
      titles.putIfAbsent(name, title);
    }
    Gender hint = PersonTitles.gender(wordBefore(start)); // "Mrs Okafor": the run starts after the honorific
    for (String w : run.subList(0, nameStart)) {
      hint = hint.merge(PersonTitles.gender(w));
    }
    if (hint != Gender.UNKNOWN) {
      genderHints.merge(surname, hint, Gender::merge);
      if (nameWords.size() > 1) {
        fullNameHints.merge(NameForms.person(name), hint, Gender::merge);
      }
    }
  }

  /**
   * Whether a name at {@code start} ends a longer one after "of", "for" and "the": "Top of the Pops",
   * "National League for Democracy", "Secretary of State for the Family".
   */
  private boolean endsTitle(int start) {
    int of = -1;
    for (String joint : TITLE_JOINTS) {
      if (start - joint.length() >= 1 && text.startsWith(joint, start - joint.length())) {
        of = start - joint.length();
        break;
      }
    }
    if (of < 1) {
      return false;
    }
    int w = of;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < of && Character.isUpperCase(text.charAt(w)) && !isNotName(text.substring(w, of)); // not "As for Trump"
  }

  /**
   * Where the organisation's name a mention at {@code start} ends starts: "Chief Police Officers" is
   * the end of "the Association of Chief Police Officers". {@code start} itself if it ends none.
   */
  private int organizationStart(int start) {
    if (start < 5 || !(text.startsWith(" of ", start - 4) || text.startsWith(" on ", start - 4))) {
      return start;
    }
    int e = start - 4;
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s == e || !Character.isUpperCase(text.charAt(s)) || !PersonTitles.isOrganizationHead(text.substring(s, e))) {
      return start;
    }
    // and the capitalised words before the head: "British Chambers of Commerce"
    while (s >= 2 && text.charAt(s - 1) == ' ') {
      int w = s - 1;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      if (w == s - 1 || !Character.isUpperCase(text.charAt(w)) || isNotName(text.substring(w, s - 1))) {
        break;
      }
      s = w;
    }
    return s;
  }

  /** The word right before {@code start}, with a final period ("Mrs.") or hyphens ("ex-wife"), or "". */
  private String wordBefore(int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-' || s == e && text.charAt(s - 1) == '.')) {
      s--;
    }
    return text.substring(s, e);
  }

  /** Notes the word at {@code [start, end)} if it is "he", "she", "it" or "they". */
  private void notePronoun(int start, int end) {
    for (String pronoun : NOTED_PRONOUNS) {
      if (end - start == pronoun.length() && text.regionMatches(true, start, pronoun, 0, pronoun.length())) {
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        pronouns.add(new PronounOccurrence(start, pronoun, person || followedByVerb(end)));
        return;
      }
    }
  }

  /**
   * Whether the words after a name ending at {@code end} look like its verb: a lower-case word that
   * is no preposition, also past a place ("Lee Zeldin of New York"), a party label ("(D-Ga.)") and
   * an apposition between commas ("Michael Briggs, Sanders's spokesman, said").
   */
  private boolean followedByVerb(int end) {
    int n = text.length();
    int i = skipSpaces(end);
    if (i < n && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0 || close - i > 30) {
        return false;
      }
      i = skipSpaces(close + 1);
    }
    for (String preposition : PLACE_PREPOSITIONS) {
      int k = i + preposition.length();
      if (text.startsWith(preposition, i) && k < n && Character.isUpperCase(text.charAt(k))) {
        i = skipCapitalisedWords(k);
        break;
      }
    }
    if (i + 2 < n && text.charAt(i) == ',' && (text.startsWith("who ", skipSpaces(i + 1))
        || text.startsWith("which ", skipSpaces(i + 1)))) {
      return true; // "Monsanto, which opposed the bill": the relative clause's subject
    }
    // appositions, one or more: "Lance Beebe, 49, a Navy veteran, said"
    for (int k = 0; k < 3 && i < n && text.charAt(i) == ',' && apposition(skipSpaces(i + 1)); k++) {
      int close = i + 1;
      int limit = Math.min(n, i + 100);
      while (close < limit && text.charAt(close) != ',' && ".;:!?\n\"\u201c\u201d".indexOf(text.charAt(close)) < 0) {
        close++;
      }
      if (close >= limit || text.charAt(close) != ',') {
        return false;
      }
      i = skipSpaces(close + 1);
    }
    if (i + 2 < n && text.charAt(i) == ',' && Character.isLowerCase(text.charAt(skipSpaces(i + 1)))) {
      // the name closes an apposition: "Trump's wife, Melania, is", "David Woodard of Clemson, said"
      int w = skipSpaces(i + 1);
      String verb = text.substring(w, wordEnd(text, w)).toLowerCase(Locale.ROOT);
      if (FINITE_VERBS.contains(verb) || SpeechCues.form(verb) == SpeechCues.Form.FINITE) {
        return true;
      }
    }
    if (text.startsWith("and ", i) && i + 4 < n && Character.isUpperCase(text.charAt(i + 4))) {
      // "President Barack Obama and Vice President Joe Biden place flowers"
      i = skipCapitalisedWords(i + 4);
    }
    if (i >= n || !Character.isLowerCase(text.charAt(i))) {
      return false;
    }
    String next = text.substring(i, wordEnd(text, i)).toLowerCase(Locale.ROOT);
    if (ADVERBS.contains(next)) {
      // "Obama also addressed"
      int after = skipSpaces(wordEnd(text, i));
      if (after >= n || !Character.isLowerCase(text.charAt(after))) {
        return false;
      }
      next = text.substring(after, wordEnd(text, after)).toLowerCase(Locale.ROOT);
    }
    if (PersonTitles.isTitle(next) || Descriptions.isRole(next) || PersonTitles.isOrganizationHead(next)
        || GROUPS.contains(next) || NOUNS_AFTER_NAMES.contains(next)) {
      return false; // "Obama consultant Cornell Belcher", "Trump supporters", "Clinton campaign"
    }
    return FINITE_VERBS.contains(next) || !NOT_NAMES.contains(next) && !next.equals("of") && !next.equals("in");
  }

  /**
   * Whether the word before a name is a lower-case one that makes it an object: a verb or a
   * preposition ("asked Flynn", "reaction to Trump"), not a conjunction or a role ("economist Aparna
   * Mathur", "and Macron").
   */
  private boolean afterVerbOrPreposition(int start) {
    String word = wordBefore(start);
    if (POSSESSIVES.contains(word.toLowerCase(Locale.ROOT))) {
      return true; // "her Portland hotel room", "His Catholic faith"
    }
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || word.endsWith(".")) {
      return false; // "… in court. Smith said": a sentence ends before the name
    }
    return !CONJUNCTIONS.contains(word) && !PersonTitles.isTitle(word) && !Descriptions.isRole(word)
        && !Descriptions.isDescribing(word);
  }

  /** Whether a verb of saying stands right before {@code start}: "…, said David Autor". */
  private boolean afterVerbOfSaying(int start) {
    return SpeechCues.form(wordBefore(start)) == SpeechCues.Form.FINITE;
  }

  /** Whether the words at {@code i} can open an apposition: "a 14-year worker", "Sanders's spokesman", "34". */
  private boolean apposition(int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    String word = text.substring(i, wordEnd(text, i)).toLowerCase(Locale.ROOT);
    return APPOSITION_OPENERS.contains(word);
  }

  /** The offset after the capitalised words (and their spaces) from {@code i}. */
  private int skipCapitalisedWords(int i) {
    while (i < text.length() && Character.isUpperCase(text.charAt(i))) {
      i = skipSpaces(wordEnd(text, i));
    }
    return i;
  }

  private int skipSpaces(int i) {
    int n = text.length();
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
