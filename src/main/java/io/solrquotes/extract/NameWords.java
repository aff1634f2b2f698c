package io.solrquotes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a word or a run of capitalised words is by itself, before any article is read: a word that
 * starts sentences or names a day rather than anyone ("However", "Tuesday"), a place or an event, an
 * acronym, where the name in a run starts after its titles ("NATO chief Mark Rutte"), and the words
 * and possessives of a name.
 */
final class NameWords {

  private NameWords() {}

  /** Words that start sentences or stand capitalised without being names. */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "if", "when", "while", "after",
          "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
          "his", "her", "their", "our", "my", "your", "its", "there", "here", "what", "who", "why",
          "how", "where", "for", "from", "with", "by", "to", "of", "so", "yet", "still", "however",
          "meanwhile", "later", "earlier", "also", "then", "now", "today", "yesterday", "during",
          "since", "despite", "although", "though", "because", "upon", "following", "mr", "mrs", "ms",
          "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "not", "no", "yes", "one", "some", "many", "most", "more", "all",
          "both", "each", "every", "any", "according", "asked", "speaking", "writing", "last", "next",
          "first", "new", "former", "instead", "even", "just", "only", "perhaps", "maybe", "indeed",
          "thus", "therefore", "again", "late", "early", "once", "further", "moreover", "nor", "is",
          "was", "are", "were", "has", "have", "had", "does", "did", "will", "would", "can", "could",
          "should", "says", "said");

  /**
   * Words that stand capitalised at a sentence's start, or as a time, and name nobody: "Nothing
   * changed", "People say", "on Tuesday", "last May".
   */
  static final Set<String> NO_ONE =
      Set.of(
          "nothing", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
          "people", "experts", "officials", "critics", "supporters", "others", "sources", "residents",
          "analysts", "voters", "fans", "doctors", "scientists", "researchers", "observers", "many",
          "few", "several", "most", "some", "all", "both", "neither", "either", "none", "such", "much",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "christmas", "christmas day", "christmas eve", "easter",
          "thanksgiving", "new year", "new year's day", "new year's eve", "halloween", "boxing day",
          "today", "tonight", "yesterday", "tomorrow", "weekend", "morning", "afternoon", "evening",
          "night", "mps", "meps", "i'm", "i've", "i'd", "i'll", "we're", "we've", "they're", "it's",
          "that's", "there's", "conservative", "liberal", "democrat", "republican", "tory",
          "socialist", "irishman", "frenchman", "englishman", "scotsman", "welshman", "dutchman",
          "irishwoman", "frenchwoman", "englishwoman", "scotswoman", "welshwoman", "gmt", "bst", "utc",
          "games", "olympics", "world cup", "cup", "championship", "championships", "premiership",
          "open", "grand prix", "tv", "dvd", "cd", "pc", "mp3", "sms", "gps", "hdtv", "iptv", "voip",
          "wi-fi", "internet", "web", "broadband");

  /** Words that end the names of events, shows and works, never of a speaker. */
  static final Set<String> EVENTS =
      Set.of(
          "mass", "festival", "awards", "award", "carnival", "parade", "ceremony", "concert", "show",
          "games", "cup", "championship", "championships", "tournament", "trophy", "prize", "web",
          "open", "gmt", "bst", "utc", "est", "pst", "edt");

  /** Plural words for people that end a description, never a name: "Women MPs", "Police Officers". */
  static final Set<String> GROUPS =
      Set.of(
          "mps", "meps", "officers", "members", "supporters", "fans", "voters", "workers", "users",
          "residents", "officials", "ministers", "leaders", "lawmakers", "campaigners", "protesters");

  /** What separates the words of a name or mention: white space and commas. */
  static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");
  static final Pattern TRAILING_COMMA = Pattern.compile(",$");

  /** Possessive determiners: "his campaign", "her spokesman". */
  static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");

  /** Days, months, places, peoples and words like "Nothing": capitalised, but nobody. */
  static boolean noOne(String name) {
    String k = WordList.key(stripPossessive(name));
    int space = k.lastIndexOf(' ');
    String last = space < 0 ? k : k.substring(space + 1);
    if (EVENTS.contains(last) || GROUPS.contains(last) && !k.contains(" of ") || last.endsWith("shire")
        || space < 0 && PersonTitles.isOrganizationHead(k) && !k.equals("police")) {
      return true; // "Christmas Midnight Mass"; "Institute", "House": a piece of a longer name
    }
    // "York" of "New York", whose "New" a name run leaves out
    return NO_ONE.contains(k) || Places.contains(k) || Places.contains("new " + k) || NOT_NAMES.contains(k);
  }

  /** "RCMP", "U.N.", "NIESR": two to six capitals, periods between them allowed. */
  static boolean acronym(String word) {
    String w = stripPossessive(word);
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (c != '.' && c != '&') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  static boolean isDeterminer(String word) {
    return word.equalsIgnoreCase("the") || word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
  }

  static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return stripPossessive(space < 0 ? name : name.substring(space + 1)).toLowerCase(Locale.ROOT);
  }

  static int wordEnd(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019'
          || c == '.' && j > i && j - i <= 2 && Character.isUpperCase(text.charAt(i))) {
        j++;
      } else {
        break;
      }
    }
    if (j < n && text.charAt(j) == '.' && j - i >= 3 && j - i <= 4 && Character.isUpperCase(text.charAt(i))
        && PersonTitles.isTitle(text.substring(i, j))) {
      j++; // "Gov.", "Sen.", "Prof."
    }
    return Math.max(j, i + 1);
  }

  /** "Coffee-loving", "London-based": capitalised, a hyphen, then a lower-case word. */
  static boolean compoundAdjective(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  static boolean isNotName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return NOT_NAMES.contains(w);
  }

  /** Index of the first name word: titles, honorifics and possessives before it are not the name. */
  static int nameStart(List<String> words) {
    int s = words.size();
    // an organisation's name keeps its words of office: "the State Department", "White House"
    boolean organization = PersonTitles.isOrganizationHead(words.get(words.size() - 1))
        || words.contains("of") || words.contains("on");
    while (s - 1 >= 0) {
      String w = words.get(s - 1);
      boolean capital = Character.isUpperCase(w.charAt(0))
          || organization && (w.equals("of") || w.equals("on")) && s - 2 >= 0 && PersonTitles.isOrganizationHead(words.get(s - 2))
          // "Department of Trade and Industry"
          || organization && w.equals("and") && s - 2 >= 0 && words.subList(0, s - 1).contains("of");
      boolean inner = s < words.size() && !organization; // a word before the last one
      boolean possessive = w.endsWith("'s") || w.endsWith("\u2019s");
      if (!capital || inner && (PersonTitles.isTitle(w) || possessive) || w.equalsIgnoreCase("the")) {
        break;
      }
      s--;
    }
    // a word before a given name is no part of the name unless a given name or initial comes
    // before it too: "Songwriter Guy Chambers", "Tory Dominic Grieve"; not "Andrew Lloyd Webber"
    int start = s;
    for (int k = start + 1; k < words.size() - 1; k++) {
      if (FirstNames.contains(words.get(k))) {
        boolean givenBefore = false;
        for (int j = start; j < k; j++) {
          String w = words.get(j);
          givenBefore |= FirstNames.contains(w) || w.length() <= 2 || w.endsWith(".");
        }
        if (!givenBefore || placeBefore(words, start, k)) {
          s = k; // "San Francisco Supervisor Jane Kim": the last given name after a place
        }
      }
    }
    // a people's word before a person's name: "fellow American Robby Ginepri"; not "American Civil
    // Liberties Union"
    if (s == start && words.size() - s >= 3 && demonym(words.get(s)) && !organization) {
      boolean organizationWord = false;
      for (String w : words.subList(s + 1, words.size())) {
        organizationWord |= PersonTitles.isOrganizationWord(w) || Descriptions.isOrganizationHead(w);
      }
      if (!organizationWord) {
        s++;
      }
    }
    return s;
  }

  /** Whether {@code word} is a word for a people that {@link Places} knows: "American", "Scottish". */
  static boolean demonym(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return (w.endsWith("an") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("i")) && Places.contains(w);
  }

  /** Whether {@code words[from, to)} hold a place ("San Francisco Supervisor Jane Kim"). */
  static boolean placeBefore(List<String> words, int from, int to) {
    for (int a = from; a < to; a++) {
      for (int b = a + 1; b <= Math.min(to, a + 3); b++) {
        if (Places.contains(String.join(" ", words.subList(a, b)))) {
          return true;
        }
      }
    }
    return false;
  }

  static String titleOf(List<String> words) {
    int s = 0;
    while (s < words.size()
        && (words.get(s).equalsIgnoreCase("the") || words.get(s).equalsIgnoreCase("a")
            || words.get(s).equalsIgnoreCase("an"))) {
      s++;
    }
    int e = words.size();
    if (s >= e) {
      return null;
    }
    boolean office = false;
    for (int i = s; i < e; i++) {
      office |= PersonTitles.isTitle(words.get(i)) && !PersonTitles.isHonorific(words.get(i));
    }
    if (!office) {
      return null;
    }
    return TRAILING_COMMA.matcher(String.join(" ", words.subList(s, e))).replaceAll("");
  }

  static String stripPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("'") || word.endsWith("\u2019")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAKS.split(s.trim())) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
