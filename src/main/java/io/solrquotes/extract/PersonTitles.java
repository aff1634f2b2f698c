package io.solrquotes.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Words that tell what a name names: a person's title ("President", "Sen.", "spokesman"), an
 * organisation ("Committee", "Kremlin"), or a place ("Park", "United States").
 */
final class PersonTitles {

  /** Honorifics: stripped from names, not reported as titles. */
  private static final Set<String> HONORIFICS =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx", "prof", "rev");

  /** Words of office, matched case-insensitively, without a final period. */
  private static final Set<String> OFFICES =
      Set.of(
          "rival", "billionaire", "businessman", "businesswoman", "mogul", "challenger", "opponent",
          "incumbent", "frontrunner", "front-runner", "president-elect", "senator-elect", "president",
          "vice-president", "vice", "sen", "senator", "rep", "representative", "gov", "governor", "lt",
          "secretary", "minister", "prime", "chancellor", "chief", "spokesman", "spokeswoman",
          "spokesperson", "mayor", "judge", "justice", "gen", "general", "adm", "admiral", "col",
          "colonel", "capt", "captain", "sgt", "sergeant", "ambassador", "chairman", "chairwoman",
          "chair", "ceo", "director", "leader", "speaker", "candidate", "nominee", "commissioner",
          "attorney", "congressman", "congresswoman", "councilman", "councilwoman", "councillor",
          "councilor", "pope", "king", "queen", "prince", "princes", "princess", "premier", "deputy", "executive",
          "founder", "head", "officer", "manager", "analyst", "professor", "strategist", "adviser",
          "advisor", "aide", "economist", "pastor", "former", "presidential", "hopeful", "host",
          "anchor", "reporter", "correspondent", "editor", "columnist", "author", "coach", "lawyer",
          "expert", "official", "sheriff", "treasurer", "delegate", "activist", "campaign", "pollster",
          "rabbi", "bishop", "cardinal", "father", "sister", "brother", "emir", "sheikh", "detective",
          "inspector", "agent", "superintendent", "dean", "gop", "republican", "democratic",
          "democrat", "u.s.", "us", "state", "party", "then-candidate", "vice-presidential",
          "majority", "minority", "whip", "house", "senate", "white", "boss", "singer", "star",
          "striker", "midfielder", "defender", "goalkeeper", "winger", "skipper", "dj", "mp", "mep", "msp",
          "mla", "peer", "actor", "actress", "rapper", "musician", "frontman", "guitarist", "drummer",
          "comedian", "presenter", "broadcaster", "chef", "designer", "director-general",
          "secretary-general", "chairperson", "trainer", "jockey", "champion", "rookie", "veteran",
          "defenceman", "defenseman", "quarterback", "forward", "teammate", "lawmaker", "legislator",
          "novelist", "poet", "playwright", "filmmaker", "producer", "entrepreneur", "investor",
          "banker", "scientist", "researcher", "doctor", "surgeon", "nurse", "teacher", "student",
          "priest", "imam", "constable", "commander", "owner", "colleague", "counterpart", "widow",
          "wife", "husband", "son", "daughter", "mother", "mum", "mom", "dad", "grandmother",
          "grandfather", "uncle", "aunt", "cousin", "friend", "neighbour", "neighbor", "victim",
          "witness", "survivor", "suspect");

  /** Words that make a name an organisation's. */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "kremlin", "pentagon", "committee", "department", "ministry", "party", "campaign",
          "foundation", "institute", "university", "college", "council", "agency", "office",
          "association", "commission", "bureau", "court", "administration", "group", "corp",
          "corporation", "inc", "ltd", "company", "times", "post", "news", "network", "journal",
          "bank", "union", "board", "authority", "service", "police", "army", "navy", "force",
          "government", "congress", "senate", "parliament", "cabinet", "house", "fund", "club",
          "centre", "center", "organization", "organisation", "press", "reuters", "nato", "un", "eu",
          "fbi", "cia", "rnc", "dnc", "gop", "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc",
          "politico", "twitter", "facebook", "google", "league", "alliance", "coalition", "federation",
          "society", "trust", "tribunal", "embassy", "magazine", "radio", "television", "tv",
          "channel", "caucus", "industries", "airlines", "motors", "partners", "associates",
          "holdings", "watchdog", "regulator", "labour", "tories", "tory", "conservatives", "dems",
          "ukip", "snp", "democrats", "republicans", "liberals", "greens", "nhs", "state", "apple",
          "microsoft", "sony", "nintendo", "ibm", "intel", "amazon", "yahoo", "ebay", "nokia",
          "samsung", "vodafone", "toyota", "boeing", "airbus", "walmart", "disney", "netflix", "uber",
          "exxon", "pfizer", "nike", "starbucks", "tesco", "sainsbury's", "barclays", "hsbc", "bp",
          "fifa", "uefa", "ioc", "wto", "imf", "opec", "rcmp", "whitehall", "downing", "treasury",
          "politifact", "breitbart", "ap", "afp", "instagram", "youtube", "wikileaks", "greenpeace",
          "amnesty", "oxfam", "unicef", "hamas", "hezbollah", "taliban", "isis", "isil", "daesh",
          "al-qaeda", "eurostat", "ofcom", "ofsted", "unison", "tuc", "cbi", "studies", "services", "resources", "affairs",
          "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "fc");

  /** Words that make a name a place's. */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "united", "states", "kingdom", "park", "street", "avenue", "road", "square", "city", "county",
          "river", "lake", "mount", "island", "islands", "valley", "beach", "bay", "north", "south", "east",
          "west", "new", "san", "santa", "los", "las", "fort", "saint", "port", "hill", "heights", "airport",
          "station", "hall", "tower", "building", "plaza", "bridge", "district", "province", "republic",
          "america", "europe", "africa", "asia", "york", "jersey", "hampshire", "carolina", "dakota",
          "virginia", "mexico", "korea", "arabia", "zealand", "francisco", "angeles", "washington");

  /** Words that end an organisation's name whatever comes before them: "John Lewis Partnership". */
  private static final Set<String> ORGANIZATION_HEADS =
      Set.of(
          "committee", "department", "ministry", "party", "foundation", "institute", "university",
          "college", "council", "agency", "office", "association", "commission", "bureau", "court",
          "administration", "group", "corp", "corporation", "inc", "ltd", "plc", "llc", "company", "co",
          "bank", "union", "board", "authority", "service", "trust", "fund", "club", "centre", "center",
          "organization", "organisation", "league", "alliance", "coalition", "federation", "society",
          "partnership", "industries", "airlines", "motors", "holdings", "network", "campaign",
          "times", "post", "news", "journal", "magazine", "police", "government", "house", "chamber",
          "chambers", "school", "academy", "museum", "church");

  /**
   * Words before a name that show a man or a woman: honorifics and gendered titles. "Spokesman" and
   * "chairman" are used of women too, so they show nothing.
   */
  private static final Set<String> MALE_WORDS =
      Set.of(
          "mr", "sir", "lord", "congressman", "councilman", "king", "prince", "duke", "father", "brother",
          "husband", "son", "uncle", "actor", "assemblyman", "alderman", "sheikh", "emir", "pope");
  private static final Set<String> FEMALE_WORDS =
      Set.of(
          "mrs", "ms", "miss", "lady", "dame", "congresswoman", "councilwoman", "chairwoman",
          "spokeswoman", "businesswoman", "queen", "princess", "duchess", "mother", "sister", "wife",
          "daughter", "aunt", "actress", "sportswoman", "assemblywoman", "widow", "mum", "mom",
          "grandmother");

  private PersonTitles() {}

  /** The gender a word before a name shows ("Mrs", "Congresswoman"), or {@link Gender#UNKNOWN}. */
  static Gender gender(String word) {
    String k = key(word);
    return MALE_WORDS.contains(k) ? Gender.MALE : FEMALE_WORDS.contains(k) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** Whether {@code word} ends an organisation's name even after a given name ("Foundation"). */
  static boolean isOrganizationHead(String word) {
    return ORGANIZATION_HEADS.contains(key(word));
  }

  static boolean isPlaceWord(String word) {
    return PLACE_WORDS.contains(key(word));
  }

  private static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  static boolean isHonorific(String word) {
    return HONORIFICS.contains(key(word));
  }

  /** Whether {@code word} is a title of office or an honorific. */
  static boolean isTitle(String word) {
    String k = key(word);
    return OFFICES.contains(k) || HONORIFICS.contains(k);
  }

  /** Whether {@code word}, or its singular ("Networks"), is a word of organisations' names. */
  static boolean isOrganizationWord(String word) {
    String k = key(word);
    return ORGANIZATION_WORDS.contains(k) || k.length() > 4 && k.endsWith("s") && ORGANIZATION_WORDS.contains(k.substring(0, k.length() - 1));
  }
}
