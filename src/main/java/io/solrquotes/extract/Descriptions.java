package io.solrquotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a description in place of a name says of its referent: "the Republican presidential
 * candidate" names a person by a role, "the company" an organisation; and the words a text uses to
 * describe a named person ("Indiana Gov. Mike Pence", "Jeff Weiner, the LinkedIn chief executive,").
 */
final class Descriptions {

  /** Roles that describe one particular person the article has named: "the senator", "the mogul". */
  private static final Set<String> PERSON_ROLES =
      Set.of(
          "president", "senator", "governor", "congressman", "congresswoman", "representative", "mayor",
          "candidate", "nominee", "frontrunner", "hopeful", "contender", "challenger", "incumbent",
          "mogul", "tycoon", "billionaire", "businessman", "businesswoman", "developer", "magnate",
          "minister", "chancellor", "secretary", "premier", "leader", "chairman", "chairwoman", "speaker",
          "director", "chief", "executive", "ceo", "founder", "judge", "justice", "ambassador", "general",
          "commissioner", "sheriff", "attorney", "lawmaker", "legislator", "politician", "star", "actor",
          "actress", "singer", "rapper", "host", "anchor", "author", "writer", "coach", "manager",
          "striker", "player", "pope", "king", "queen", "prince", "princess", "monarch", "democrat",
          "republican", "conservative", "liberal", "socialist", "populist", "veteran", "rookie",
          "defenceman", "defenseman", "quarterback", "goalkeeper", "captain", "boss", "chef", "pastor",
          "preacher", "cleric", "activist", "nominee-designate", "mp", "mep", "msp", "mla");

  /** Roles that, with no named person described so, stand for the article's most salient person. */
  private static final Set<String> SALIENT_ROLES =
      Set.of(
          "candidate", "nominee", "frontrunner", "hopeful", "contender", "mogul", "tycoon", "billionaire",
          "businessman", "businesswoman", "magnate", "developer");

  /** Nouns that describe an organisation: "the company", "the group", "the newspaper". */
  private static final Set<String> ORGANIZATION_HEADS =
      Set.of(
          "company", "firm", "group", "organization", "organisation", "campaign", "committee", "newspaper",
          "paper", "network", "agency", "department", "bank", "government", "administration", "party",
          "commission", "court", "union", "ministry", "council", "board", "club", "team", "league",
          "university", "institute", "foundation", "association", "magazine", "broadcaster", "channel",
          "station", "corporation", "retailer", "airline", "carrier", "charity", "regulator", "watchdog",
          "manufacturer", "maker", "giant", "insurer", "lender", "publisher", "studio", "label",
          "federation", "alliance", "coalition", "service", "force", "police", "office", "bureau",
          "embassy", "tribunal", "panel", "body", "outlet", "website", "site", "daily", "tabloid");

  /** Heads general enough that the organisation most recently in view is the one meant. */
  private static final Set<String> GENERIC_ORGANIZATION_HEADS =
      Set.of("company", "firm", "group", "organization", "organisation", "corporation", "giant");

  /** The words a newspaper's name is made of: "the newspaper" is the Times, the Post. */
  private static final Set<String> NEWSPAPER_WORDS =
      Set.of(
          "times", "post", "news", "journal", "herald", "tribune", "gazette", "daily", "telegraph",
          "guardian", "mail", "observer", "independent", "globe", "star", "sun", "mirror", "express",
          "chronicle", "examiner", "inquirer", "register", "record", "courier", "economist");

  /** Words that open a description without adding to it. */
  private static final Set<String> EMPTY =
      Set.of(
          "the", "a", "an", "former", "then", "current", "longtime", "long-time", "outgoing", "incoming",
          "embattled", "veteran", "new", "ex", "one-time", "onetime", "newly", "elected", "its", "his",
          "her", "their", "that", "this");

  /** Words that describe a person before the name and end like no role: "fellow", "retired". */
  private static final Set<String> DESCRIBING =
      Set.of("fellow", "retired", "rival", "chief", "senior", "junior", "deputy", "acting", "interim",
          "vice", "assistant", "associate", "top", "lead", "head", "presidential", "independent",
          "republican", "democratic", "conservative", "liberal", "progressive", "moderate",
          "black", "white", "young", "old", "elderly", "famed", "famous", "noted", "prominent",
          "veteran", "rookie", "star", "first", "lady", "gop");

  /** Party words of U.S. and British politics, by the party they point to. */
  private static final Set<String> DEMOCRATIC = Set.of("democratic", "democrat", "dem", "d");
  private static final Set<String> REPUBLICAN = Set.of("republican", "gop", "r");

  private Descriptions() {}

  /** Roles that are a lawmaker's, so that "the Republican lawmaker" fits "Texas Rep. Mike McCaul". */
  private static final Set<String> LAWMAKERS =
      Set.of("senator", "representative", "congressman", "congresswoman", "legislator", "mp", "mep", "msp",
          "assemblyman", "assemblywoman", "councillor", "councilor", "councilman", "councilwoman");

  /** The roles a describing word also names: "senator" is a lawmaker too. */
  static Set<String> alsoNamed(String normalWord) {
    return LAWMAKERS.contains(normalWord) ? Set.of("lawmaker", "politician") : Set.of();
  }

  /** Whether {@code word} is a noun for a kind of organisation ("firm", "company", "group"). */
  static boolean isOrganizationHead(String word) {
    return ORGANIZATION_HEADS.contains(normal(word));
  }

  /** Whether {@code word} is a role a person is described by ("senator", "candidate"). */
  static boolean isRole(String word) {
    return PERSON_ROLES.contains(normal(word));
  }

  /**
   * Whether {@code word} is one that describes a person before the name without being a verb:
   * "presidential", "economist", "conservative", "fellow", "longtime".
   */
  static boolean isDescribing(String word) {
    String n = normal(word);
    return EMPTY.contains(n) || DESCRIBING.contains(n) || n.endsWith("ist") || n.endsWith("ian")
        || n.endsWith("al") || n.endsWith("er") && !n.endsWith("ter") || n.endsWith("or");
  }

  /** What a description is about. */
  enum Kind {
    /** A role of a person: "the senator". */
    PERSON,
    /** A kind of organisation: "the company". */
    ORGANIZATION,
    /** A head the lists do not know ("the neurosurgeon"): only a person the text described so fits. */
    NONE
  }

  /**
   * A description's parts: what it describes, its head noun and the words that qualify it, all in
   * the form {@link #normal} gives.
   */
  record Parsed(Kind kind, String head, List<String> modifiers, Gender gender) {
    boolean salientRole() {
      return SALIENT_ROLES.contains(head);
    }

    boolean generic() {
      return GENERIC_ORGANIZATION_HEADS.contains(head);
    }
  }

  /** Parses {@code words}, a description with its determiner ("the Indiana governor"). */
  static Parsed parse(List<String> words) {
    if (words.isEmpty()) {
      return new Parsed(Kind.NONE, "", List.of(), Gender.UNKNOWN);
    }
    String head = normal(NameWords.stripPossessive(words.get(words.size() - 1)));
    List<String> modifiers = new ArrayList<>();
    for (String w : words.subList(0, words.size() - 1)) {
      String n = normal(NameWords.stripPossessive(w));
      if (!n.isEmpty() && !EMPTY.contains(n)) {
        modifiers.add(n);
      }
    }
    Kind kind = PERSON_ROLES.contains(head) ? Kind.PERSON
        : ORGANIZATION_HEADS.contains(head) ? Kind.ORGANIZATION : Kind.NONE;
    Gender gender = head.endsWith("woman") || head.equals("actress") || head.equals("queen")
            || head.equals("princess") ? Gender.FEMALE
        : head.endsWith("man") || head.equals("king") || head.equals("prince") || head.equals("actor")
            ? Gender.MALE : Gender.UNKNOWN;
    return new Parsed(kind, head, List.copyOf(modifiers), gender);
  }

  /** Whether a named organisation of this name fits the head ("the newspaper" and "The Times"). */
  static boolean fits(String head, String organization) {
    boolean newspaper = head.equals("newspaper") || head.equals("paper") || head.equals("daily")
        || head.equals("tabloid");
    for (String w : organization.split(" ")) {
      String n = normal(w);
      if (n.equals(head) || newspaper && NEWSPAPER_WORDS.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** The party a set of describing words points to: "democratic", "republican", or {@code null}. */
  static String party(Iterable<String> normalWords) {
    String party = null;
    for (String w : normalWords) {
      String p = DEMOCRATIC.contains(w) ? "democratic" : REPUBLICAN.contains(w) ? "republican" : null;
      if (p != null) {
        if (party != null && !party.equals(p)) {
          return null;
        }
        party = p;
      }
    }
    return party;
  }

  /**
   * A describing word in the form descriptions and titles share: lower case, no final period, the
   * common abbreviations of office spelled out ("Gov." → "governor"), "front-runner" as
   * "frontrunner".
   */
  static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    while (w.endsWith(".") || w.endsWith(",")) {
      w = w.substring(0, w.length() - 1);
    }
    return switch (w) {
      case "gov" -> "governor";
      case "sen" -> "senator";
      case "rep" -> "representative";
      case "pres" -> "president";
      case "sec" -> "secretary";
      case "front-runner" -> "frontrunner";
      case "presumptive" -> "";
      case "chief-executive" -> "executive";
      default -> w;
    };
  }

}
