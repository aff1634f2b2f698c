package io.solrquotes.extract;

import io.solrquotes.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves speaker mentions within one article: a name to the fullest form the article uses for that
 * person with titles stripped ("President Donald Trump" … "Trump" → "Donald Trump"), an organisation
 * to its name ("the Kremlin" → "Kremlin"), and a pronoun to the person it most likely refers to (the
 * nearest person named in subject position in its sentence, else the first named in the sentences
 * before).
 */
final class SpeakerResolver {

  private static final Set<String> PERSON_PRONOUNS = Set.of(
          "he", "she", "him", "her", "his");

  /** Words that start sentences or stand capitalised without being names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "if", "when", "while", "after",
          "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his",
          "her", "their", "our", "my", "your", "its", "there", "here", "what", "who", "why", "how",
          "where", "for", "from", "with", "by", "to", "of", "so", "yet", "still", "however", "meanwhile",
          "later", "earlier", "also", "then", "now", "today", "yesterday", "during", "since", "despite",
          "although", "though", "because", "upon", "following", "mr", "mrs", "ms", "dr", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december", "not", "no", "yes", "one", "some", "many", "most", "all", "both", "each", "every",
          "any", "according", "asked", "speaking", "writing", "last", "next", "first", "new", "former",
          "instead", "even", "just", "only", "perhaps", "maybe", "indeed", "thus", "therefore", "again",
          "once", "further", "moreover", "is", "was", "are", "were", "has", "have", "had", "does", "did",
          "will", "would", "can", "could", "should", "says", "said");

  /** How many characters from a name run's start {@link #taggedAsName} tags at the most. */
  private static final int TAG_CONTEXT = 200;

  /** What separates the words of a name or mention: white space and commas. */
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,]+");

  private static final Pattern TRAILING_COMMA = Pattern.compile(",$");

  private final NlpPipeline nlp;
  private final String text;
  private final Sentences sentences;
  /** Name occurrences in text order. */
  private final List<NameOccurrence> occurrences = new ArrayList<>();
  /** Canonical names by surname (last name token, lower case). */
  private final Map<String, List<String>> fullNamesBySurname = new HashMap<>();
  private final Map<String, Integer> nameCounts = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Set<String> persons = new HashSet<>();

  /** A run of capitalised words in the text, split into title and name. */
  private record NameOccurrence(int start, int end, String name, String title, boolean subject) {}

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
   */
  SpeakerResolver(NlpPipeline nlp, String text, Sentences sentences, List<QuoteSpan> quoted) {
    this.nlp = nlp;
    this.text = text;
    this.sentences = sentences;
    indexNames(quoted);
  }

  /** Marks a named speaker as a person (someone who speaks and is referred to by name). */
  void notePerson(String canonicalName) {
    if (canonicalName != null) {
      persons.add(canonicalName);
    }
  }

  /** Resolves the mention at {@code [start, end)}. */
  Speaker resolve(int start, int end) {
    String mention = text.substring(start, end);
    String lower = mention.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      return resolvePronoun(start);
    }
    if (Attributor.isPronoun(lower)) {
      return Speaker.UNKNOWN;
    }
    return describe(mention);
  }

  /** Canonical name, type and title of a mention written out ("NATO chief Mark Rutte", "the Kremlin"). */
  Speaker describe(String mention) {
    List<String> words = words(mention);
    int nameStart = nameStart(words);
    if (nameStart >= words.size()) {
      return Speaker.UNKNOWN;
    }
    List<String> nameWords = words.subList(nameStart, words.size());
    String title = titleOf(words.subList(0, nameStart));
    boolean organization = false;
    for (String w : nameWords) {
      organization |= PersonTitles.isOrganizationWord(w);
    }
    if (words.get(0).equalsIgnoreCase("the") && nameStart <= 1 && !organization) {
      organization = Character.isUpperCase(nameWords.get(0).charAt(0));
    }
    String name = String.join(" ", nameWords);
    if (!Character.isUpperCase(name.charAt(0))) {
      return new Speaker(null, SpeakerType.UNKNOWN, title);
    }
    if (organization) {
      return new Speaker(name, SpeakerType.ORGANIZATION, title);
    }
    String canonical = canonical(nameWords);
    if (title == null) {
      title = titles.get(canonical);
    }
    return new Speaker(canonical, SpeakerType.PERSON, title);
  }

  private Speaker resolvePronoun(int at) {
    int sentence = sentences.indexOf(at);
    settleOpeningRuns(sentences.start(Math.max(0, sentence - 3)), at);
    NameOccurrence best = null;
    int sentStart = sentences.start(sentence);
    for (int i = occurrences.size() - 1; i >= 0; i--) {
      NameOccurrence o = occurrences.get(i);
      if (o.end > at) {
        continue;
      }
      if (o.start < sentStart) {
        break;
      }
      if (isPerson(o) && (o.subject || best == null)) {
        best = o;
        if (o.subject) {
          break;
        }
      }
    }
    if (best == null) {
      for (int s = sentence - 1; s >= 0 && s >= sentence - 3 && best == null; s--) {
        int from = sentences.start(s);
        int to = sentences.start(s + 1);
        for (int i = firstOccurrenceFrom(from); i < occurrences.size() && occurrences.get(i).start < to; i++) {
          NameOccurrence o = occurrences.get(i);
          if (o.end <= to && isPerson(o)) {
            best = o;
            break;
          }
        }
      }
    }
    if (best == null) {
      return Speaker.UNKNOWN;
    }
    String canonical = canonical(words(best.name));
    return new Speaker(canonical, SpeakerType.PERSON, titles.get(canonical));
  }

  /** The index of the first name occurrence starting at or after {@code offset} (they are in text order). */
  private int firstOccurrenceFrom(int offset) {
    return TextOrder.firstFrom(occurrences, NameOccurrence::start, offset);
  }

  private boolean isPerson(NameOccurrence o) {
    String canonical = canonical(words(o.name));
    if (persons.contains(canonical) || o.title != null) {
      return true;
    }
    List<String> w = words(canonical);
    if (w.size() < 2 || w.size() > 4) {
      return false;
    }
    for (String word : w) {
      if (PersonTitles.isOrganizationWord(word) || PersonTitles.isPlaceWord(word)) {
        return false;
      }
    }
    return true;
  }

  /** The fullest indexed name that ends with {@code nameWords}; most frequent first. */
  private String canonical(List<String> nameWords) {
    String written = String.join(" ", nameWords);
    String surname = stripPossessive(nameWords.get(nameWords.size() - 1)).toLowerCase(Locale.ROOT);
    List<OpeningRun> opening = openingRunsBySurname.remove(surname);
    if (opening != null) {
      opening.forEach(this::settle);
    }
    List<String> candidates = fullNamesBySurname.get(surname);
    if (candidates == null) {
      return stripPossessive(written);
    }
    String best = null;
    int bestCount = 0;
    String suffix = " " + stripPossessive(written).toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      String c = " " + candidate.toLowerCase(Locale.ROOT);
      if (!c.endsWith(suffix)) {
        continue;
      }
      int count = nameCounts.getOrDefault(candidate, 0);
      if (best == null || count > bestCount || count == bestCount && candidate.length() > best.length()) {
        best = candidate;
        bestCount = count;
      }
    }
    if (best == null) {
      return stripPossessive(written);
    }
    // prefer the fullest form of the chosen person
    for (String candidate : candidates) {
      if (candidate.length() > best.length() && (" " + candidate).endsWith(" " + best)) {
        best = candidate;
      }
    }
    return best;
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
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
          break;
        }
        if (we < n && text.charAt(we) == ' ' && we + 1 < n && Character.isUpperCase(text.charAt(we + 1))) {
          j = we + 1;
        } else {
          break;
        }
      }
      if (run == null) {
        i = wordEnd(text, i);
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
  private boolean taggedAsName(int start, int end) {
    int to = Math.min(Math.min(end + 40, start + TAG_CONTEXT), text.length());
    for (int i = end; i < to; i++) {
      if (text.charAt(i) == '\n') {
        to = i;
        break;
      }
    }
    TokenWindow w = TokenWindow.of(nlp, text, start, to);
    return w.size() > 0 && "PROPN".equals(w.tag(0));
  }

  /**
   * A line in title case ("Understated Perez Plays Long Game"): its capitalised words are not names
   * to learn from.
   */
  private boolean headline(int from, int to) {
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
    return longWords[0] >= 4 && longWords[1] * 10 >= longWords[0] * 7;
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
    if (taggedAsName(opening.start, opening.end)) {
      addOccurrence(opening.start, opening.end, opening.words);
    } else {
      // a sentence's first word is capitalised whatever it is: "Understated Perez raises …"
      int next = text.indexOf(' ', opening.start) + 1;
      addOccurrence(next, opening.end, opening.words.subList(1, opening.words.size()));
    }
  }

  private void addOccurrence(int start, int end, List<String> run) {
    int nameStart = nameStart(run);
    if (nameStart >= run.size()) {
      return;
    }
    List<String> nameWords = new ArrayList<>(run.subList(nameStart, run.size()));
    nameWords.set(nameWords.size() - 1, stripPossessive(nameWords.get(nameWords.size() - 1)));
    if (nameWords.get(nameWords.size() - 1).isEmpty()) {
      return;
    }
    String name = String.join(" ", nameWords);
    String title = titleOf(run.subList(0, nameStart));
    boolean subject = followedByVerb(end);
    int nameOffset = start;
    // in text order: a settled opening run may come before names indexed already
    occurrences.add(firstOccurrenceFrom(nameOffset), new NameOccurrence(nameOffset, end, name, title, subject));
    nameCounts.merge(name, 1, Integer::sum);
    String surname = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
    List<String> forms = fullNamesBySurname.computeIfAbsent(surname, k -> new ArrayList<>());
    if (!forms.contains(name)) {
      forms.add(name);
    }
    if (title != null) {
      titles.putIfAbsent(name, title);
    }
  }

  /** Whether the word after {@code end} looks like a verb of a subject: a lower-case word, no preposition. */
  private boolean followedByVerb(int end) {
    int i = end;
    int n = text.length();
    if (i < n && text.charAt(i) == ',') {
      return false;
    }
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= n || !Character.isLowerCase(text.charAt(i))) {
      return false;
    }
    String next = text.substring(i, wordEnd(text, i)).toLowerCase(Locale.ROOT);
    return !NOT_NAMES.contains(next) && !next.equals("of") && !next.equals("in");
  }

  private static int wordEnd(String text, int i) {
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
    return Math.max(j, i + 1);
  }

  private static boolean isNotName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return NOT_NAMES.contains(w);
  }

  /** Index of the first name word: titles, honorifics and possessives before it are not the name. */
  private static int nameStart(List<String> words) {
    int s = words.size();
    while (s - 1 >= 0) {
      String w = words.get(s - 1);
      boolean capital = Character.isUpperCase(w.charAt(0));
      boolean inner = s < words.size(); // a word before the last one
      boolean possessive = w.endsWith("'s") || w.endsWith("\u2019s");
      if (!capital || inner && (PersonTitles.isTitle(w) || possessive) || w.equalsIgnoreCase("the")) {
        break;
      }
      s--;
    }
    return s;
  }

  private static String titleOf(List<String> words) {
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

  private static String stripPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.endsWith("'") || word.endsWith("\u2019")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAKS.split(s.trim())) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
