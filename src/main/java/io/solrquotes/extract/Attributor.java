package io.solrquotes.extract;

import java.util.Set;

/**
 * Finds the speaker mention and the verb of saying that attribute a quotation, in the tokens just
 * after its closing mark or just before its opening mark. Works on tagged tokens; knows nothing of
 * who a mention refers to (see {@link SpeakerResolver}).
 */
final class Attributor {

  /** Words between a subject and its verb of saying: "Trump later said", "she has said". */
  private static final Set<String> FILLERS =
      Set.of(
          "also", "later", "then", "again", "once", "previously", "recently", "subsequently", "simply",
          "has", "had", "have", "was", "is", "would", "will", "did", "does", "reportedly", "publicly",
          "privately", "repeatedly", "just", "often", "frequently", "quickly", "only", "famously",
          "bluntly", "flatly", "angrily", "further", "told", "reporters", "not", "never", "even", "first",
          "last", "finally", "still", "already", "ultimately", "both");

  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "they", "i", "we", "it", "you");

  /** Tokens that end a noun phrase walking left. */
  private static final Set<String> NP_STOPS =
      Set.of(
          "that", "which", "and", "but", "or", "because", "while", "when", "as", "if", "after", "before",
          "though", "although", "so", "since", "where", "whether");

  /**
   * English function words: prepositions, conjunctions, determiners, auxiliaries and particles, the
   * closed classes. A capitalised word the tagger puts in one of those classes but which is none of
   * these is an unknown name it has mis-tagged ("Okafor/ADP estimated …").
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all",
          "both", "either", "neither", "another", "such", "what", "which", "whose", "whatever", "many",
          "much", "few", "several", "half", "enough", "other", "my", "your", "his", "her", "its", "our",
          "their", "of", "in", "on", "at", "by", "for", "with", "without", "from", "to", "into", "onto",
          "upon", "about", "above", "across", "after", "against", "along", "amid", "amidst", "among",
          "amongst", "around", "as", "before", "behind", "below", "beneath", "beside", "besides",
          "between", "beyond", "despite", "down", "during", "except", "inside", "like", "near", "off",
          "out", "outside", "over", "past", "per", "since", "through", "throughout", "till", "toward",
          "towards", "under", "underneath", "unlike", "until", "unto", "up", "via", "versus", "vs",
          "within", "following", "including", "regarding", "concerning", "considering", "and", "or",
          "but", "nor", "so", "yet", "plus", "because", "although", "though", "while", "whilst",
          "whereas", "if", "unless", "whether", "when", "whenever", "where", "wherever", "once", "than",
          "lest", "how", "why", "be", "am", "is", "are", "was", "were", "been", "being", "have",
          "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can",
          "could", "may", "might", "must", "ought", "not", "n't", "'s", "\u2019s", "there",
          "here", "then", "now", "just", "only", "even", "also", "too", "very");

  /** Days, months and their abbreviations, and spans of time: what "on", "in" or "last" take. */
  private static final Set<String> TIMES =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "week", "weekend", "month", "year", "day", "summer", "winter", "spring", "fall",
          "autumn");

  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  private Attributor() {}

  /** Whether {@code lower} is a day, a month or a span of time: "tuesday", "june", "sept", "week". */
  static boolean isTime(String lower) {
    return TIMES.contains(lower);
  }

  /** Whether {@code lower} is a personal pronoun that can stand as a speaker mention. */
  static boolean isPronoun(String lower) {
    return PRONOUNS.contains(lower);
  }

  /**
   * An attribution standing right after a closing mark: {@code ," he said}, {@code ," said Smith},
   * {@code ," Mark Rutte, NATO's chief, said}, {@code — Jane Doe}.
   */
  static Attribution after(TokenWindow w) {
    int i = 0;
    boolean dash = false;
    while (i < w.size() && w.isPunct(i)) {
      String t = w.word(i);
      dash |= t.equals("\u2014") || t.equals("\u2013") || t.equals("\u2015") || t.equals("--") || t.equals("-");
      if (t.equals(".") || t.equals("?") || t.equals("!")) {
        return null;
      }
      i++;
    }
    if (i >= w.size()) {
      return null;
    }
    if (i + 1 < w.size() && w.is(i, "according") && w.is(i + 1, "to")) {
      // "…," according to Judicial Watch.
      int[] np = nounPhraseAfter(w, i + 2);
      if (np != null) {
        return new Attribution(w.start(np[0]), w.end(np[1]), w.text(i, i + 1), Attribution.Source.AFTER);
      }
    }
    SpeechCues.Form form = SpeechCues.formOfLower(w.lower(i));
    if (form == SpeechCues.Form.FINITE && !w.isCapitalized(i) && !takesObject(w.lower(i))) {
      int[] np = nounPhraseAfter(w, i + 1);
      if (np != null) {
        return new Attribution(w.start(np[0]), w.end(np[1]), w.word(i), Attribution.Source.AFTER);
      }
    }
    int limit = Math.min(w.size(), i + 30);
    for (int c = i; c < limit; c++) {
      String t = w.word(c);
      if (endsSentence(w, c)) {
        break;
      }
      SpeechCues.Form f = w.isCapitalized(c) ? null : SpeechCues.form(t);
      if (f == SpeechCues.Form.FINITE || (f == SpeechCues.Form.BASE && c > i && isAuxiliary(w.lower(c - 1)))) {
        int[] np = nounPhraseBefore(w, c, i);
        if (np != null && (np[0] <= i + 3 && !hasComma(w, i, np[0]) || descriptive(w, i, np[0]))) {
          return new Attribution(w.start(np[0]), w.end(np[1]), w.word(c), Attribution.Source.AFTER);
        }
        break;
      }
    }
    Attribution last = sentenceFinal(w, i);
    if (last != null) {
      return last;
    }
    if (dash) {
      int[] np = nounPhraseAfter(w, i);
      if (np != null && w.isCapitalized(np[0]) && !PRONOUNS.contains(w.lower(np[0]))) {
        return new Attribution(w.start(np[0]), w.end(np[1]), null, Attribution.Source.AFTER);
      }
    }
    return null;
  }

  /**
   * An attribution closing the sentence after other words: {@code "…" than that of the CIA chief,
   * Zuckoff said.} or {@code …, the lawsuit says.}
   */
  private static Attribution sentenceFinal(TokenWindow w, int from) {
    int e = w.size() - 1;
    while (e >= from && w.isPunct(e)) {
      e--;
    }
    if (e < from + 1) {
      return null;
    }
    SpeechCues.Form f = SpeechCues.formOfLower(w.lower(e));
    int comma = -1;
    int[] np = null;
    String cue = null;
    if (f == SpeechCues.Form.FINITE) {
      np = nounPhraseBefore(w, e, from);
      cue = w.word(e);
      comma = np == null ? -1 : np[0] - 1;
    } else {
      for (int c = e - 1; c >= from; c--) {
        if (SpeechCues.formOfLower(w.lower(c)) == SpeechCues.Form.FINITE && c > from && w.word(c - 1).equals(",")
            && !takesObject(w.lower(c))) {
          np = nounPhraseAfter(w, c + 1);
          cue = w.word(c);
          comma = c - 1;
          break;
        }
      }
    }
    if (np == null || comma < from || !w.word(comma).equals(",")) {
      return null;
    }
    return new Attribution(w.start(np[0]), w.end(np[1]), cue, Attribution.Source.CLAUSE);
  }

  /**
   * An attribution in the tokens before an opening mark, in its sentence: {@code He said: "},
   * {@code According to Smith, "}, or the subject of the last verb of saying before a quoted fragment
   * ({@code Trump remarked that Zelensky had "}).
   */
  static Attribution before(TokenWindow w) {
    int n = w.size();
    if (n == 0) {
      return null;
    }
    for (int k = 0; k + 1 < n; k++) {
      if (w.is(k, "according") && w.is(k + 1, "to")) {
        int[] np = nounPhraseAfter(w, k + 2);
        if (np != null) {
          boolean adjacent = np[1] >= n - 3;
          return new Attribution(
              w.start(np[0]), w.end(np[1]), w.text(k, k + 1),
              adjacent ? Attribution.Source.BEFORE : Attribution.Source.CLAUSE);
        }
      }
    }
    int last = n - 1;
    while (last >= 0 && (w.isPunct(last) || w.is(last, "that"))) {
      last--;
    }
    if (last >= 0 && last + 1 < n && w.word(last + 1).equals(":") && allNames(w, 0, last)) {
      // a headline's "Name: 'quote'"
      return new Attribution(w.start(0), w.end(last), null, Attribution.Source.BEFORE);
    }
    int[] label = label(w);
    if (label != null) {
      return new Attribution(w.start(label[0]), w.end(label[1]), null, Attribution.Source.BEFORE);
    }
    for (int c = last; c >= 0; c--) {
      SpeechCues.Form f = SpeechCues.formOfLower(w.lower(c));
      if (f == null || w.isCapitalized(c) && c > 0) {
        continue;
      }
      if (passive(w, c) || usedAsNoun(w, c)) {
        continue;
      }
      int[] np;
      if (f == SpeechCues.Form.PARTICIPLE && !(c > 0 && (isNameToken(w, c - 1) || PRONOUNS.contains(w.lower(c - 1))))) {
        np = clauseSubject(w, c);
      } else {
        int k = c;
        if (f == SpeechCues.Form.BASE) {
          // "did not say", "went on to say", "would tell"; not "his reluctance to concede"
          boolean modal = c > 0 && isAuxiliary(w.lower(c - 1)) && !w.is(c - 1, "to")
              || c > 2 && w.is(c - 1, "to") && w.is(c - 2, "on") && w.is(c - 3, "went");
          if (!modal) {
            continue;
          }
          while (k > 0 && (isAuxiliary(w.lower(k - 1)) || w.is(k - 1, "to") || w.is(k - 1, "on")
              || w.is(k - 1, "went") || w.is(k - 1, "not") || w.is(k - 1, "n't"))) {
            k--;
          }
        }
        np = nounPhraseBefore(w, k, 0);
      }
      if (np == null && f == SpeechCues.Form.FINITE) {
        // inverted before a colon or comma: "Continued Stone: …", "explained moderator Nancy Cordes: …"
        int[] after = nounPhraseAfter(w, c + 1);
        if (after != null && after[1] + 1 < n && (w.word(after[1] + 1).equals(":") || w.word(after[1] + 1).equals(","))
            && after[1] + 1 >= last) {
          np = after;
        }
      }
      if (np == null) {
        continue;
      }
      int[] outer = outerSpeech(w, np[0]);
      if (outer != null) {
        return new Attribution(w.start(outer[1]), w.end(outer[2]), w.word(outer[0]), Attribution.Source.CLAUSE);
      }
      boolean adjacent = c >= last - 3 && !hasVerbBetween(w, c + 1, last);
      return new Attribution(
          w.start(np[0]), w.end(np[1]), w.word(c),
          adjacent ? Attribution.Source.BEFORE : Attribution.Source.CLAUSE);
    }
    return null;
  }

  /**
   * A speaker's label before a colon, as transcripts and lists of remarks give them: "Rep. Trey Gowdy
   * (R-S.C.):", "Former secretary of state Hillary Rodham Clinton:". A short stretch with no verb that
   * ends in a name (a party label after it allowed); returns the name's {first, last}, or {@code null}.
   */
  private static int[] label(TokenWindow w) {
    int last = w.size() - 2;
    if (last < 0 || !w.word(last + 1).equals(":") || last > 12) {
      return null;
    }
    int e = last;
    if (w.word(e).equals(")")) {
      while (e >= 0 && !w.word(e).equals("(")) {
        e--;
      }
      e--;
    }
    if (e < 0 || !isNameToken(w, e)) {
      return null;
    }
    for (int k = 0; k <= last; k++) {
      if ("VERB".equals(w.tag(k)) && !isNameToken(w, k) || SpeechCues.isCue(w.word(k)) && !w.isCapitalized(k)) {
        return null;
      }
    }
    int s = e;
    while (s - 1 >= 0 && (isNameToken(w, s - 1) || w.word(s - 1).equals(".") && s - 2 >= 0 && isNameToken(w, s - 2))) {
      s--;
    }
    return new int[] {s, e};
  }

  private static boolean allNames(TokenWindow w, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!isNameToken(w, k) && !PersonTitles.isTitle(w.word(k)) && !w.word(k).equals(".")) {
        return false;
      }
    }
    return to - from < 6;
  }

  /** A sentence-ending token, not the period of an initial or title ("C.", "Gov."). */
  static boolean endsSentence(TokenWindow w, int k) {
    String t = w.word(k);
    if (t.equals(";") || t.equals("?") || t.equals("!")) {
      return true;
    }
    if (!t.equals(".")) {
      return false;
    }
    return !(k > 0 && isNameToken(w, k - 1) && w.word(k - 1).length() <= 4);
  }

  /** Verbs of saying whose following noun phrase is the one spoken to, not the speaker: "told CNN". */
  static boolean takesObject(String lowerCue) {
    return lowerCue.equals("told") || lowerCue.equals("tells") || lowerCue.equals("tell");
  }

  /** A describing noun phrase before a name: "another friend, Mariam Emara told". */
  private static boolean descriptive(TokenWindow w, int from, int to) {
    if (to - from > 9) { // "Google's chief human resources executive, Laszlo Bock, told"
      return false;
    }
    for (int k = from; k < to; k++) {
      if (w.word(k).equals("'s") || w.word(k).equals("\u2019s")) {
        continue; // "Ms. Merkel's spokesman, Steffen Seibert, wrote"
      }
      if (NameWords.POSSESSIVES.contains(w.lower(k))) {
        continue; // "her spokesman, Steffen Seibert, wrote"
      }
      switch (w.tag(k)) {
        // "Merkel's" is one token tagged PROPN+PART
        case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "PROPN+PART", "NOUN+PART" -> { }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasComma(TokenWindow w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.word(k).equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVerbBetween(TokenWindow w, int from, int to) {
    for (int i = from; i <= to && i < w.size(); i++) {
      if ("VERB".equals(w.tag(i)) && !SpeechCues.isCue(w.word(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb of saying whose complement holds the tokens from {@code inner} on: in {@code The senator
   * said he rarely asks …}, "said" for the clause of "asks". News attribution credits the outermost
   * speaker. Returns {cue, first, last} of that verb and its subject, or {@code null}.
   */
  private static int[] outerSpeech(TokenWindow w, int inner) {
    for (int c = 0; c < inner; c++) {
      SpeechCues.Form f = SpeechCues.formOfLower(w.lower(c));
      if (f != SpeechCues.Form.FINITE || w.isCapitalized(c) && c > 0 || usedAsNoun(w, c) || passive(w, c)) {
        continue;
      }
      for (int k = c + 1; k < inner; k++) {
        String t = w.word(k);
        if (t.equals(";") || t.equals(":") || w.is(k, "while") || w.is(k, "but") || w.is(k, "although")
            || w.is(k, "whereas") || w.is(k, "which") || w.is(k, "whom")) { // "…, to which O'Malley interjected"
          return null;
        }
      }
      int[] np = nounPhraseBefore(w, c, 0);
      return np == null ? null : new int[] {c, np[0], np[1]};
    }
    return null;
  }

  /** "Clinton's remarks", "the email notes", "his comments": a noun, not a verb of saying. */
  static boolean usedAsNoun(TokenWindow w, int c) {
    if (c == 0) {
      return false;
    }
    String before = w.lower(c - 1);
    return before.endsWith("'s") || before.endsWith("\u2019s") || before.equals("the") || before.equals("his")
        || before.equals("her") || before.equals("their") || before.equals("its") || before.equals("a")
        || "NOUN".equals(w.tag(c)) && !"PROPN".equals(w.tag(c - 1)) && !"PRON".equals(w.tag(c - 1))
            && !isAuxiliary(before); // "is demanding that"
  }

  /** "was quoted as saying", "is said to": the subject is not the speaker's mention. */
  static boolean passive(TokenWindow w, int c) {
    return c > 0
        && (w.is(c - 1, "was") || w.is(c - 1, "were") || w.is(c - 1, "been") || w.is(c - 1, "be")
            || w.is(c - 1, "being"))
        && !w.lower(c).endsWith("ing");
  }

  static boolean isAuxiliary(String lower) {
    return switch (lower) {
      case "did", "does", "do", "would", "will", "could", "can", "might", "may", "should", "must", "to",
          "n't", "not", "ca", "wo", "has", "had", "have", "later", "also", "once" -> true;
      default -> false;
    };
  }

  /**
   * The noun phrase ending right before token {@code cue} (skipping adverbs and auxiliaries), not
   * reaching before {@code floor}: a pronoun, a name with its titles, a name before an appositive
   * ({@code Mark Rutte, NATO's chief,}), or a common noun phrase ({@code the senator}). Returns
   * {first, last} token indices, or {@code null}.
   */
  static int[] nounPhraseBefore(TokenWindow w, int cue, int floor) {
    int j = skipFillers(w, cue - 1, floor);
    int beforeTime = timePhraseStart(w, j, floor) - 1;
    if (beforeTime < j) {
      // "Obama on Tuesday called": the subject stands before the time
      j = skipFillers(w, beforeTime, floor);
    }
    if (j < floor) {
      return null;
    }
    if (w.word(j).equals(")")) {
      int open = j;
      while (open >= floor && !w.word(open).equals("(")) {
        open--;
      }
      j = open - 1;
      if (j < floor) {
        return null;
      }
    }
    if (w.word(j).equals(",")) {
      // appositive: NAME, description, said
      int comma = j - 1;
      while (comma >= floor && !w.word(comma).equals(",") && j - comma < 25) {
        if (SpeechCues.formOfLower(w.lower(comma)) == SpeechCues.Form.FINITE || w.isPunct(comma) && !w.word(comma).equals("'s")
            && !w.word(comma).equals("\u2019s") && !w.word(comma).equals(".") && !w.word(comma).equals("-")
            && !pluralPossessive(w, comma)) {
          return null;
        }
        comma--;
      }
      if (comma < floor || !w.word(comma).equals(",")) {
        return null;
      }
      int headEnd = comma - 1;
      if (headEnd >= floor && w.word(headEnd).equals(")")) {
        while (headEnd >= floor && !w.word(headEnd).equals("(")) {
          headEnd--;
        }
        headEnd--;
      }
      int[] head = nameOrNoun(w, headEnd, floor);
      if (head != null && w.is(head[1], "who")) {
        return null;
      }
      if ((head == null || !isNameToken(w, head[1])
              || titledDescription(w, head, floor) && allNames(w, comma + 1, j - 1)) && isNameToken(w, j - 1)) {
        // "Google's chief executive, Laszlo Bock, told": the name is the apposition
        int[] apposition = nameOrNoun(w, j - 1, comma + 1);
        if (apposition != null) {
          return apposition;
        }
      }
      return head;
    }
    if (w.is(j, "who") && j - 1 >= floor && w.word(j - 1).equals(",")) {
      return nameOrNoun(w, j - 2, floor);
    }
    int[] np = nameOrNoun(w, j, floor);
    if (np != null && np[0] - 2 >= floor && w.is(np[0] - 1, "and")) {
      // "Emmanuel Macron and Germany's chancellor said": the first named speaker stands for both
      int[] first = nameOrNoun(w, np[0] - 2, floor);
      if (first != null && isNameToken(w, first[1])) {
        for (int k = first[0]; k < first[1]; k++) {
          if (w.is(k, "of") && np[0] == np[1] && isNameToken(w, np[1])) {
            return new int[] {first[0], np[1]}; // one name: "the Department of Trade and Industry said"
          }
        }
        return first;
      }
    }
    if (np != null && np[0] - 1 >= floor && "ADP".equals(w.tag(np[0] - 1)) && !isNameToken(w, np[1])) {
      // "Beck, who has in the past described": the phrase is a prepositional one; look before it
      int[] before = nounPhraseBefore(w, np[0] - 1, floor);
      return before != null ? before : np;
    }
    return np;
  }

  /**
   * Whether a phrase opens with "the" and holds a title: "The Shadow Secretary of State for the
   * Family", whose capitals are an office's, not a name's.
   */
  private static boolean titledDescription(TokenWindow w, int[] phrase, int floor) {
    if (!w.is(phrase[0], "the")) {
      return false;
    }
    boolean title = false;
    int k = phrase[1];
    // back over the words that lead to the phrase: "The Shadow Secretary of State for | the Family"
    while (k >= floor && !w.isPunct(k) && phrase[1] - k < 12) {
      title |= PersonTitles.isTitle(w.word(k)) && !PersonTitles.isHonorific(w.word(k));
      k--;
    }
    return title;
  }

  /** The last token at or before {@code j} that is no filler or adverb between a subject and its verb. */
  private static int skipFillers(TokenWindow w, int j, int floor) {
    while (j >= floor && (FILLERS.contains(w.lower(j)) || "ADV".equals(w.tag(j)) && !w.isCapitalized(j))) {
      j--;
    }
    return j;
  }

  /**
   * The first token of a time phrase ending at token {@code j} ("on Tuesday", "late Wednesday
   * night", "last week", "in March", "yesterday"), or {@code j + 1} if none ends there.
   */
  private static int timePhraseStart(TokenWindow w, int j, int floor) {
    int k = j;
    if (k >= floor && PARTS_OF_DAY.contains(w.lower(k))) {
      k--;
    }
    if (k >= floor && (w.lower(k).equals("yesterday") || w.lower(k).equals("today"))) {
      return k;
    }
    int named = k;
    while (k >= floor && k > named - 3 && (TIMES.contains(w.lower(k)) || "NUM".equals(w.tag(k)) || w.word(k).equals("."))) {
      k--;
    }
    if (k == named || k < floor) {
      return j + 1;
    }
    return switch (w.lower(k)) {
      case "on", "in", "last", "this", "next", "early", "late", "earlier", "later", "since", "during", "until" -> k;
      default -> j + 1;
    };
  }

  /** The phrase whose last token is {@code j}, past a place it ends with: "Tom Cole of Oklahoma". */
  private static int[] nameOrNoun(TokenWindow w, int j, int floor) {
    int[] np = phraseEndingAt(w, j, floor);
    if (np != null && np[0] - 2 >= floor && (w.is(np[0] - 1, "of") || w.is(np[0] - 1, "on"))
        && w.isCapitalized(np[0] - 2) && PersonTitles.isOrganizationHead(w.word(np[0] - 2))) {
      // "the British Chambers of Commerce", "the Commission on Presidential Debates"
      int[] head = phraseEndingAt(w, np[0] - 2, floor);
      if (head != null) {
        return new int[] {head[0], np[1]};
      }
    }
    if (np != null && np[0] - 2 >= floor && (w.is(np[0] - 1, "of") || w.is(np[0] - 1, "from"))
        && Places.contains(w.text(np[0], np[1])) && isNameToken(w, np[0] - 2)) {
      int[] person = phraseEndingAt(w, np[0] - 2, floor);
      if (person != null) {
        return person;
      }
    }
    return np;
  }

  /** The phrase whose last token is {@code j}: a pronoun, a name with titles, or a noun phrase. */
  private static int[] phraseEndingAt(TokenWindow w, int j, int floor) {
    if (j < floor) {
      return null;
    }
    String lower = w.lower(j);
    if (PRONOUNS.contains(lower)) {
      return new int[] {j, j};
    }
    if (NP_STOPS.contains(lower) || w.isPunct(j) && !isNameToken(w, j)) {
      return null;
    }
    String tag = w.tag(j);
    boolean name = isNameToken(w, j);
    // a noun the tagger calls a verb or an adjective: "one employee told", "the chief executive said"
    boolean nounAfterModifier = ("VERB".equals(tag) || "ADJ".equals(tag)) && j - 1 >= floor
        && switch (w.tag(j - 1)) {
          case "DET", "NUM", "PROPN", "ADJ", "NOUN" -> true;
          default -> false;
        };
    if (!name && !"NOUN".equals(tag) && !"PROPN".equals(tag) && !nounAfterModifier) {
      return null;
    }
    int s = j;
    while (s - 1 >= floor) {
      int p = s - 1;
      String pt = w.tag(p);
      String pw = w.word(p);
      if (isNameToken(w, p) || PersonTitles.isTitle(pw) || "NOUN".equals(pt) || "ADJ".equals(pt)
          || "NUM".equals(pt) || pw.equals("'s") || pw.equals("\u2019s") || pw.equals("-")
          || pw.equals(".") && p > floor && isNameToken(w, p - 1)) {
        s = p;
      } else if ("DET".equals(pt) || pw.equalsIgnoreCase("the")) {
        s = p;
        break;
      } else {
        break;
      }
    }
    while (s < j && (w.isPunct(s) && !isNameToken(w, s) || w.word(s).equals("'s"))) {
      s++;
    }
    return new int[] {s, j};
  }

  /** Whether token {@code i} is the apostrophe of a plural possessive: "the residents' association". */
  private static boolean pluralPossessive(TokenWindow w, int i) {
    String word = w.word(i);
    return (word.equals("'") || word.equals("\u2019")) && i > 0 && w.end(i - 1) == w.start(i)
        && w.lower(i - 1).endsWith("s");
  }

  /** A capitalised word or initial that may be part of a name (the tagger misses rare names). */
  static boolean isNameToken(TokenWindow w, int i) {
    String word = w.word(i);
    if (!w.isCapitalized(i)) {
      return false;
    }
    String lower = w.lower(i);
    if (PRONOUNS.contains(lower) || NP_STOPS.contains(lower) || lower.equals("the")) {
      return false;
    }
    return switch (w.tag(i)) {
      case "ADP", "CCONJ", "SCONJ", "DET", "AUX", "PART" -> !FUNCTION_WORDS.contains(lower);
      case "VERB" -> !SpeechCues.isCue(word); // "Trump", "Ebeling" tagged as verbs
      default -> true;
    };
  }

  /**
   * The noun phrase starting at token {@code i} (after an inverted verb of saying: {@code said Mr.
   * Smith, the …}): {first, last}, or {@code null}.
   */
  static int[] nounPhraseAfter(TokenWindow w, int i) {
    int n = w.size();
    if (i >= n) {
      return null;
    }
    if (PRONOUNS.contains(w.lower(i))) {
      return new int[] {i, i};
    }
    int s = i;
    int e = i - 1;
    int k = i;
    if (w.is(k, "the") || w.is(k, "a") || w.is(k, "an") || "DET".equals(w.tag(k))
        || NameWords.POSSESSIVES.contains(w.lower(k))) {
      k++; // "according to his Facebook profile"
    }
    boolean sawHead = false;
    while (k < n) {
      String t = w.word(k);
      String tag = w.tag(k);
      if (isNameToken(w, k) || PersonTitles.isTitle(t) || "NOUN".equals(tag) || "ADJ".equals(tag)
          || "PROPN".equals(tag) || "NUM".equals(tag) && k + 1 < n && !w.isPunct(k + 1) || t.equals(".") && k > i && isNameToken(w, k - 1) && t.length() == 1
              && k + 1 < n && isNameToken(w, k + 1)
          || t.equals("'s") || t.equals("\u2019s") || t.equals("-")) {
        e = k;
        sawHead |= !t.equals(".");
        k++;
      } else {
        break;
      }
    }
    if (!sawHead || e < s) {
      return null;
    }
    while (e > s && (w.isPunct(e) && !w.word(e).endsWith("."))) {
      e--;
    }
    return new int[] {s, appositiveNameEnd(w, e)};
  }

  /**
   * Where the name in apposition to a description ending at token {@code e} ends ({@code the bureau's
   * director, James B. Comey,}): the name closed by a comma, a period or the window's end; {@code e}
   * itself when the description is a name or no name follows.
   */
  private static int appositiveNameEnd(TokenWindow w, int e) {
    int n = w.size();
    if (isNameToken(w, e) || e + 2 >= n || !w.word(e + 1).equals(",") || !isNameToken(w, e + 2)
        || TIMES.contains(w.lower(e + 2))) {
      return e;
    }
    int k = e + 2;
    while (k + 1 < n && (isNameToken(w, k + 1) || w.word(k + 1).equals(".") && w.word(k).length() == 1)) {
      k++;
    }
    boolean closed = k + 1 >= n || w.word(k + 1).equals(",") || w.word(k + 1).equals(".");
    return closed && k - e - 1 >= 2 ? k : e; // a full name, not "the paper, Newsday,"
  }

  /**
   * For a quoted fragment with no verb of saying near it ({@code Reid has gone after Trump as a "human
   * leech"}, {@code The email began: "…"}): the subject of its sentence.
   */
  static Attribution subjectOf(TokenWindow w) {
    int[] np = clauseSubject(w, w.size());
    return np == null ? null : new Attribution(w.start(np[0]), w.end(np[1]), null, Attribution.Source.SUBJECT);
  }

  /**
   * For the sentence that introduces a quotation with a colon ({@code When the mayor died, Governor
   * Ann Reyes released the following statement:}): the subject of its last verb.
   */
  static Attribution introducer(TokenWindow w) {
    for (int v = w.size() - 1; v > 0; v--) {
      if ("VERB".equals(w.tag(v)) && !isNameToken(w, v)) {
        int[] np = nounPhraseBefore(w, v, 0);
        if (np != null) {
          return new Attribution(w.start(np[0]), w.end(np[1]), null, Attribution.Source.SUBJECT);
        }
      }
    }
    return null;
  }

  /** The subject of the clause a participle hangs on: the first noun phrase before its first verb. */
  static int[] clauseSubject(TokenWindow w, int participle) {
    for (int v = 0; v < participle; v++) {
      String tag = w.tag(v);
      if (("VERB".equals(tag) || "AUX".equals(tag)) && v > 0) {
        int[] np = nounPhraseBefore(w, v, 0);
        if (np != null) {
          return np;
        }
      }
    }
    return null;
  }
}
