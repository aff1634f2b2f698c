package io.solrquotes.extract;

import io.solrquotes.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds claims: reported speech without quotation marks. In a sentence with a verb of saying, the
 * claim is the verb's complement ({@code Trump told Zelensky [to secure a deal]}, {@code the Kremlin
 * said [that the visit failed]}, {@code he called for [a strong US stance]}); with the attribution at
 * the sentence's end ({@code [The plan failed], officials said.}, {@code …, according to X.}) it is
 * what comes before. Only sentences holding a verb of saying are tokenized and tagged. Beliefs and
 * perceptions ("thinks", "believes", "polls show") are not verbs of saying and give no claims.
 */
final class ClaimFinder {

  /** A stretch shorter than this many tokens is no claim where a claim is looked for by position. */
  private static final int MIN_TOKENS = 3;

  /** A claim has at least this many words, one of them a content word ("his campaign"; not "so"). */
  private static final int MIN_WORDS = 2;

  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");

  /** Words that may stand between a verb of saying and its complement: "said on Tuesday that". */
  private static final Set<String> BRIDGE =
      Set.of("in", "on", "at", "during", "a", "an", "the", "statement", "interview", "tuesday", "monday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "later", "also", "again", "recently",
          "repeatedly", "publicly", "privately", "last", "week", "month", "year", "this", "earlier",
          "yesterday", "today", ",");

  /** Words before a headline's colon that label it and name no speaker. */
  private static final Set<String> LABELS =
      Set.of("update", "note", "editor", "editor's", "watch", "video", "photos", "photo", "exclusive", "breaking",
          "related", "read", "source", "sources", "correction", "live", "opinion", "analysis", "transcript", "q",
          "pic", "pics", "poll", "polls");

  /** Words that open a reported question: "asked whether …", "asked why …". */
  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "why", "what", "who", "whom", "how", "when", "where", "which", "about");

  /** Words that, after a comma, open a clause of the writer's, not the claim's. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("who", "whose", "when", "even", "compared", "after", "as", "with", "at", "however", "since", "despite",
          "unlike");

  /** How far into a sentence a headline's colon may stand: "Carson:", "NY Daily News:". */
  private static final int LABEL_REACH = 40;

  /** Forms of "be" before a participle: "is demanding", "were saying". */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "am", "'s", "\u2019s", "'re", "\u2019re");

  /** Verbs of saying for quotations whose complement says nothing: "spoke at", "continued campaigning". */
  private static final Set<String> NO_CONTENT = Set.of("spok", "speak", "continu", "answer", "went on", "goes on");

  /** Prepositions that open the circumstances of saying, not what was said: "said during the interview". */
  private static final Set<String> CIRCUMSTANCE =
      Set.of("in", "during", "before", "after", "outside", "at", "on", "from", "inside", "near", "ahead",
          "while");

  /** What may follow the one spoken to and open what was said: "told them to …", "warned them of …". */
  private static final Set<String> AFTER_OBJECT = Set.of("to", "that", "about", "of", "for", "against", "as");

  /** Words that open a time or place after an attribution: "said in June", "said on Tuesday". */
  private static final Set<String> TIME_OR_PLACE =
      Set.of("in", "on", "at", "during", "last", "this", "earlier", "recently", "yesterday", "today", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final NlpPipeline nlp;

  ClaimFinder(NlpPipeline nlp) {
    this.nlp = nlp;
  }

  /** A claim found in a sentence, with token-level offsets resolved to the text. */
  record Found(int start, int end, Attribution attribution, int sentence) {}

  /** The claims of {@code text}, at most one a sentence, in text order. */
  List<Found> find(String text, Sentences sentences, List<QuoteSpan> quoted) {
    List<Found> out = new ArrayList<>();
    for (int s = 0; s < sentences.count(); s++) {
      int from = sentences.start(s);
      int to = sentences.end(s);
      if (!mayHoldCue(text, from, to)) {
        continue;
      }
      TokenWindow w = TokenWindow.of(nlp, text, from, to);
      out.addAll(claimsIn(text, w, s, quoted));
    }
    return out;
  }

  private List<Found> claimsIn(String text, TokenWindow w, int sentence, List<QuoteSpan> quoted) {
    int n = w.size();
    int last = n - 1;
    while (last >= 0 && w.isPunct(last)) {
      last--;
    }
    if (last < MIN_TOKENS) {
      return List.of();
    }
    // "…, according to X." / "according to X, …"
    for (int k = 0; k + 1 < n; k++) {
      if (w.is(k, "according") && w.is(k + 1, "to")) {
        int[] np = Attributor.nounPhraseAfter(w, k + 2);
        if (np == null) {
          np = sourceAfter(w, k + 2); // "according to a tally", whose "tally" the tagger takes for a verb
        }
        if (np == null) {
          return List.of();
        }
        Attribution a = new Attribution(w.start(np[0]), w.end(np[1]), w.text(k, k + 1), Attribution.Source.CLAUSE);
        if (k > MIN_TOKENS && w.word(k - 1).equals(",")) {
          return listOf(claim(text, w, 0, k - 2, a, sentence, quoted));
        }
        // "According to a January study by the Pew Research Center, …": the source runs to the comma
        int comma = np[1] + 1;
        while (comma < n && comma < np[1] + 16 && !w.word(comma).equals(",") && !Attributor.endsSentence(w, comma)) {
          comma++;
        }
        if (comma < n && w.word(comma).equals(",")) {
          return listOf(claim(text, w, comma + 1, last, a, sentence, quoted));
        }
        return List.of();
      }
    }
    Found labelled = labelled(text, w, last, sentence, quoted);
    if (labelled != null) {
      return List.of(labelled);
    }
    Found question = reportedQuestion(text, w, last, sentence, quoted);
    if (question != null) {
      return List.of(question);
    }
    // "…, officials said." / "…, said the spokesman."
    SpeechCues.Form endForm = SpeechCues.formOfLower(w.lower(last));
    if (endForm == SpeechCues.Form.FINITE && !w.isCapitalized(last)) {
      int[] np = Attributor.nounPhraseBefore(w, last, 0);
      int before = np == null ? -1 : np[0] - 1;
      if (before > 0 && isMark(w.word(before)) && w.word(before - 1).equals(",")) {
        before--; // "…," Hannity said.
      }
      if (np != null && before > MIN_TOKENS && w.word(before).equals(",")) {
        Attribution a = new Attribution(w.start(np[0]), w.end(np[1]), w.word(last), Attribution.Source.CLAUSE);
        return listOf(claim(text, w, 0, before - 1, a, sentence, quoted));
      }
      if (np == null && last > MIN_TOKENS) {
        // "…, said the spokesman." inverted at the end
        for (int c = last; c > MIN_TOKENS; c--) {
          if (w.word(c - 1).equals(",") && SpeechCues.formOfLower(w.lower(c)) == SpeechCues.Form.FINITE
              && !Attributor.takesObject(w.lower(c))) {
            int[] after = Attributor.nounPhraseAfter(w, c + 1);
            if (after != null && after[1] >= last - 1) {
              Attribution a = new Attribution(w.start(after[0]), w.end(after[1]), w.word(c), Attribution.Source.CLAUSE);
              return listOf(claim(text, w, 0, c - 2, a, sentence, quoted));
            }
            break;
          }
        }
      }
    }
    List<Found> found = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      Subject subject = speakerOf(w, c);
      if (subject == null) {
        continue;
      }
      Attribution a = subject.attribution();
      int asideStart = subject.first() - 1;
      if (c + 1 < n && w.word(c + 1).equals(",") && asideStart > 0 && w.word(asideStart).equals(",")) {
        // "[Many of the closures], he said, [have involved public courses]": the words on both
        // sides of the aside, one claim each as the annotators split them
        Found f = claim(text, w, 0, asideStart - 1, a, sentence, quoted);
        if (f != null) {
          found.add(f);
        }
        int after = c + 2;
        while (after < n && BRIDGE.contains(w.lower(after)) && !w.word(after).equals(",")) {
          after++; // "he said in the video, …" is no part of what he said
        }
        if (after < n && !w.is(after, "and") && !w.is(after, "but")) {
          Found g = claim(text, w, after, clauseEnd(w, after, last), a, sentence, quoted);
          if (g != null) {
            found.add(g);
          }
        }
        continue;
      }
      int k = complementStart(w, c);
      if (k < 0) {
        continue;
      }
      Found f = claim(text, w, k, clauseEnd(w, k, last), a, sentence, quoted);
      if (f != null) {
        found.add(f);
      }
    }
    Found trailing = trailingAttribution(text, w, last, sentence, quoted);
    if (trailing != null) {
      // "…, said the company's chief executive, John Ferriola": the speaker's words are no claim
      Attribution by = trailing.attribution();
      found.removeIf(f -> f.start() < by.mentionEnd() && by.mentionStart() < f.end());
      if (found.stream().noneMatch(f -> f.start() < trailing.end() && trailing.start() < f.end())) {
        found.add(0, trailing);
      }
    }
    return found;
  }

  /**
   * A claim the sentence opens with, attributed after a comma by a verb of saying whose clause
   * ends the sentence or runs on only into an apposition, a time or a participle: "[Nor are tariffs
   * likely to bring the jobs back], said David Autor, a professor of economics at M.I.T."; "[The
   * country has changed], McConnell said in June 2012, citing …". {@code null} when there is none.
   */
  private static Found trailingAttribution(String text, TokenWindow w, int last, int sentence, List<QuoteSpan> quoted) {
    // the words are looked at first; the tags, which cost, only at a comma a verb of saying follows
    int verbsUpTo = MIN_TOKENS - 1; // tokens before this one were looked at for a verb
    boolean verb = false;
    boolean opening = false;
    int claimStart = 0;
    for (int comma = MIN_TOKENS; comma < last - 1; comma++) {
      if (!w.word(comma).equals(",")) {
        continue;
      }
      int cue = comma + 1;
      boolean inverted = SpeechCues.formOfLower(w.lower(cue)) == SpeechCues.Form.FINITE && !w.isCapitalized(cue)
          && !Attributor.takesObject(w.lower(cue));
      int later = -1;
      for (int c = comma + 2; !inverted && c <= Math.min(last, comma + 8); c++) {
        if (SpeechCues.formOfLower(w.lower(c)) == SpeechCues.Form.FINITE && !w.isCapitalized(c)) {
          later = c;
          break;
        }
      }
      if (!inverted && later < 0) {
        continue;
      }
      if (!opening) {
        opening = true;
        if ("ADP".equals(w.tag(0)) || "SCONJ".equals(w.tag(0)) || "ADV".equals(w.tag(0))) {
          // "In nearby Decatur, [the big steel plant is hanging on], said …": the claim starts after the
          // opening phrase; "In a telephone interview with Fox News, Pence was asked …" holds none
          int intro = 0;
          while (intro < comma && !w.word(intro).equals(",")) {
            intro++;
          }
          claimStart = intro + 1;
          verbsUpTo = Math.max(verbsUpTo, claimStart);
        }
      }
      if (comma - claimStart < MIN_TOKENS) {
        continue;
      }
      for (; verbsUpTo < comma && !verb; verbsUpTo++) {
        verb = "VERB".equals(w.tag(verbsUpTo)) || "AUX".equals(w.tag(verbsUpTo));
      }
      if (!verb) {
        continue; // "Ivanka Trump, the nominee's eldest daughter, noted …": no clause before the comma
      }
      int[] np;
      if (inverted) {
        np = Attributor.nounPhraseAfter(w, cue + 1); // ", said David Autor"
        if (np == null || np[0] == np[1] && Attributor.isPronoun(w.lower(np[0])) || !endsClause(w, np[1] + 1, last)) {
          return null;
        }
      } else {
        np = null; // ", McConnell said"
        int[] before = Attributor.nounPhraseBefore(w, later, comma + 1);
        int after = later + 1;
        if (Attributor.takesObject(w.lower(later))) {
          int[] object = Attributor.nounPhraseAfter(w, later + 1); // ", Sen. Lindsey Graham told The Washington Examiner."
          after = object == null ? after : object[1] + 1;
        }
        if (before != null && before[0] == comma + 1 && endsClause(w, after, last)) {
          np = before;
          cue = later;
        }
        if (np == null) {
          continue;
        }
      }
      Attribution a = new Attribution(w.start(np[0]), w.end(np[1]), w.word(cue), Attribution.Source.CLAUSE);
      return claim(text, w, claimStart, comma - 1, a, sentence, quoted);
    }
    return null;
  }


  /**
   * Whether the attribution's clause ends at token {@code i}: the sentence ends, or what follows is an
   * apposition or a participle after a comma, or a time or place ("in June", "on Tuesday").
   */
  private static boolean endsClause(TokenWindow w, int i, int last) {
    if (i > last) {
      return true;
    }
    if (w.word(i).equals(",")) {
      return true;
    }
    return TIME_OR_PLACE.contains(w.lower(i));
  }

  /** The words from {@code from} to the next comma or the sentence's end, if few: a source named. */
  private static int[] sourceAfter(TokenWindow w, int from) {
    int e = from;
    while (e < w.size() && !w.isPunct(e) && e - from < 12) {
      e++;
    }
    return e > from && (e >= w.size() || w.isPunct(e)) ? new int[] {from, e - 1} : null;
  }

  /**
   * A headline's claim after a name and a colon: "Carson: Cruz taking 'Benghazi' approach to Iowa
   * controversy", "Poll: 3 battleground Senate races are tight". Not a label such as "Update:".
   */
  private static Found labelled(String text, TokenWindow w, int last, int sentence, List<QuoteSpan> quoted) {
    int colon = -1;
    for (int k = 0; k < Math.min(5, last); k++) {
      if (w.word(k).equals(":")) {
        colon = k;
        break;
      }
      if (!Attributor.isNameToken(w, k)) {
        return null;
      }
    }
    if (colon < 1 || LABELS.contains(w.lower(0)) || w.word(0).length() == 1 || last - colon < MIN_TOKENS) {
      return null;
    }
    Attribution a = new Attribution(w.start(0), w.end(colon - 1), ":", Attribution.Source.CLAUSE);
    return claim(text, w, colon + 1, last, a, sentence, quoted, true); // "Carly Fiorina: 'Bill Clinton's fair game.'"
  }

  /**
   * A question reported as the sentence's opening: "[Asked whether the debate had given him any
   * clarity], Bone said …". The one who asked is not named: the claim has no speaker.
   */
  private static Found reportedQuestion(String text, TokenWindow w, int last, int sentence, List<QuoteSpan> quoted) {
    int k = w.is(0, "when") || w.is(0, "after") || w.is(0, "and") ? 1 : 0;
    if (!w.is(k, "asked")) {
      return null;
    }
    int from = k + 1;
    while (from < last && !QUESTION_WORDS.contains(w.lower(from)) && from < k + 6) {
      from++; // "Asked on Fox News who leads the party"
    }
    if (!QUESTION_WORDS.contains(w.lower(from))) {
      return null;
    }
    int comma = from + 1;
    while (comma < last && !w.word(comma).equals(",")) {
      comma++;
    }
    if (comma >= last) {
      return null;
    }
    Attribution none = new Attribution(-1, -1, w.word(k), Attribution.Source.CLAUSE);
    return claim(text, w, w.is(from, "about") ? from + 1 : from, comma - 1, none, sentence, quoted);
  }

  /** The speaker of a verb of saying, and the token its mention starts at. */
  private record Subject(int first, Attribution attribution) {}

  /**
   * The speaker of the verb of saying at token {@code c}: the subject of a finite verb ("officials
   * said", "majorities say"), or of the clause a participle hangs on ("…, saying"); {@code null} when
   * {@code c} is no verb of saying with a subject.
   */
  private static Subject speakerOf(TokenWindow w, int c) {
    SpeechCues.Form f = w.cueForm(c);
    if (f == null) {
      return null;
    }
    for (String stem : NO_CONTENT) {
      if (w.lower(c).startsWith(stem)) {
        return null; // "spoke at a memorial service", "continues to pursue diplomacy"
      }
    }
    if (w.is(c, "state") || w.is(c, "states") || w.lower(c).startsWith("plead") && w.is(c + 1, "guilty")) {
      return null; // "Southern states", "state Senate candidate", "pleaded guilty"
    }
    if (w.isCapitalized(c) && c > 0 && !w.titleCase() || Attributor.usedAsNoun(w, c)
        || Attributor.passive(w, c)) { // "Former Clinton Pollster Says Clinton Is In Trouble": a headline's verb
      return null;
    }
    int n = w.size();
    int conjunction = c > 0 ? conjunctionBefore(w, c) : -1;
    int[] np;
    if (f == SpeechCues.Form.PARTICIPLE) {
      int before = c - 1;
      if (before > 0 && "ADV".equals(w.tag(before))) {
        before--; // ", even suggesting"
      }
      if (before > 0 && BE.contains(w.lower(before))) {
        np = Attributor.nounPhraseBefore(w, before, 0); // "The city is demanding that …"
      } else if (before < 0 || !w.word(before).equals(",") && !w.is(before, "by") && !w.is(before, "while")) {
        return null; // ", saying", "by saying", "while also saying"
      } else {
        np = Attributor.clauseSubject(w, c);
        if (np != null && np[0] > 0 && "ADP".equals(w.tag(np[0] - 1))) {
          return null; // "strikes in Kharkiv causing injuries, underscoring …": no subject after a preposition
        }
      }
    } else if (f == SpeechCues.Form.BASE && c > 1 && w.is(c - 1, "to")) {
      // an infinitive of purpose: "took to social media to reiterate", "went on to say"; not "refused to say"
      String before = w.tag(c - 2);
      if (!"NOUN".equals(before) && !"PROPN".equals(before) && !w.is(c - 2, "on")) {
        return null;
      }
      np = Attributor.clauseSubject(w, c - 1);
    } else if (f == SpeechCues.Form.BASE) {
      // plural present ("majorities say"), not after an auxiliary
      if (c == 0 || w.is(c - 1, "to") || Attributor.isAuxiliary(w.lower(c - 1))) {
        return null;
      }
      np = Attributor.nounPhraseBefore(w, c, 0);
    } else if (w.is(conjunction, "and") || w.is(conjunction, "but")) {
      np = Attributor.clauseSubject(w, conjunction); // "met the families and said", "but has denied"
    } else if (c > 0 && w.is(c - 1, "who")) {
      np = new int[] {c - 1, c - 1}; // "McConnell, who said …": the relative pronoun is the mention
    } else {
      np = Attributor.nounPhraseBefore(w, c, 0);
      if (np == null && c > 0 && w.word(c - 1).equals(",") && relativeBefore(w, c)) {
        np = Attributor.clauseSubject(w, c); // "Oliver K. Hedge, who appraises golf courses for a firm, said"
      } else if (np == null && c > 0 && w.word(c - 1).equals(",") && w.is(c + 1, "that") && Attributor.isNameToken(w, 0)) {
        // "Marco Rubio, whose hometown …, argues that …": the name that opens the sentence
        int e = 0;
        while (e + 1 < c && Attributor.isNameToken(w, e + 1)) {
          e++;
        }
        np = new int[] {0, e};
      }
    }
    return np == null
        ? null
        : new Subject(np[0], new Attribution(w.start(np[0]), w.end(np[1]), w.word(c), Attribution.Source.CLAUSE));
  }

  /** Whether a relative clause ("…, who appraises …,") stands before token {@code c}. */
  private static boolean relativeBefore(TokenWindow w, int c) {
    for (int k = 1; k < c; k++) {
      if (w.word(k - 1).equals(",") && (w.is(k, "who") || w.is(k, "which"))) {
        return true;
      }
    }
    return false;
  }

  /** Where "that" follows within a few tokens ("said in a statement that …"), or -1. */
  private static int thatAhead(TokenWindow w, int from) {
    for (int k = from; k < Math.min(w.size(), from + 10); k++) {
      if (w.is(k, "that")) {
        return k;
      }
      if (w.isPunct(k) && !w.word(k).equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /** The token before the verb at {@code c} and its auxiliaries: "but" in "but has denied". */
  private static int conjunctionBefore(TokenWindow w, int c) {
    int j = c - 1;
    while (j > 0 && Attributor.isAuxiliary(w.lower(j))) {
      j--;
    }
    return j;
  }

  /** Where the complement of the verb of saying at {@code c} begins, or -1 when it has none. */
  private static int complementStart(TokenWindow w, int c) {
    int n = w.size();
    int k = c + 1;
    String cue = w.lower(c);
    if (SpeechCues.needsParticle(cue)) {
      // "called for", "pointed out"
      if (k < n && (w.is(k, "for") || w.is(k, "out") || w.is(k, "on") || w.is(k, "in"))) {
        k++;
      } else if (!cue.startsWith("call")) {
        return -1;
      }
    }
    if (Attributor.takesObject(cue) || cue.startsWith("ask") || cue.startsWith("urg") || cue.startsWith("warn")
        || cue.startsWith("assur") || cue.startsWith("inform") || cue.startsWith("remind")) {
      int[] object = Attributor.nounPhraseAfter(w, k);
      if (object != null) {
        k = object[1] + 1;
        if (k < n && "ADP".equals(w.tag(k)) && !AFTER_OBJECT.contains(w.lower(k)) && !CIRCUMSTANCE.contains(w.lower(k))) {
          return -1; // "Zelensky Urges Stronger US Support Amid Tensions with Trump": no "to …", no "that …"
        }
      }
    }
    int bridge = k;
    while (bridge < n && bridge < k + 6 && BRIDGE.contains(w.lower(bridge))) {
      bridge++;
    }
    if (bridge < n && w.is(bridge, "that")) {
      return bridge + 1;
    }
    int circumstance = k;
    while (circumstance < n && "ADV".equals(w.tag(circumstance)) && !w.is(circumstance, "that")) {
      circumstance++; // "testified voluntarily in 1998", "said happily on MSNBC"
    }
    boolean addressee = w.is(circumstance, "to") && circumstance + 1 < n && !"VERB".equals(w.tag(circumstance + 1))
        && !"AUX".equals(w.tag(circumstance + 1)); // "insisted to the gathered cameras"; not "promised to act"
    if (circumstance < n && (CIRCUMSTANCE.contains(w.lower(circumstance)) || addressee)) {
      int that = thatAhead(w, circumstance);
      return that < 0 ? -1 : that + 1; // "said in an MSNBC interview.", "told them before the vote that …"
    }
    int rest = bridge;
    while (rest < n && (TIME_OR_PLACE.contains(w.lower(rest)) || Attributor.isTime(w.lower(rest))
        || "NUM".equals(w.tag(rest)) || w.isPunct(rest))) {
      rest++;
    }
    if (rest >= n) {
      return -1; // "said in June 2012.": a time, nothing said
    }
    if (k < n && w.is(k, "as")) {
      return k + 1; // "described it as …"
    }
    if (k < n && w.is(k, "that")) {
      return k + 1;
    }
    if (k < n && w.is(k, ",")) {
      // "said, in an email, that …", "said, however, that …"
      int b = k + 1;
      while (b < n && b < k + 8 && !w.word(b).equals(",") && !w.isPunct(b)) {
        b++;
      }
      if (b + 1 < n && w.word(b).equals(",") && w.is(b + 1, "that")) {
        return b + 2;
      }
      return -1; // "he said, …" introduces a quotation
    }
    if (k < n && w.word(k).equals(":")) {
      return -1;
    }
    return k;
  }

  private static Found claim(
      String text, TokenWindow w, int first, int last, Attribution a, int sentence, List<QuoteSpan> quoted) {
    return claim(text, w, first, last, a, sentence, quoted, first > 0 && w.is(first - 1, "that"));
  }

  /**
   * The claim of tokens {@code [first, last]}, trimmed; {@code reported} when it is one even if all
   * of it is a quotation's words ("told reporters that \"…\"", "Carly Fiorina: '…'").
   */
  private static Found claim(String text, TokenWindow w, int first, int last, Attribution a, int sentence,
      List<QuoteSpan> quoted, boolean reported) {
    while (first <= last && w.isPunct(first) && !isMark(w.word(first))) {
      first++;
    }
    while (last >= first && w.isPunct(last) && !isMark(w.word(last))) {
      last--;
    }
    int words = 0;
    boolean content = false;
    for (int k = first; k <= last && (words < MIN_WORDS || !content); k++) {
      words += w.isPunct(k) ? 0 : 1;
      content |= CONTENT_TAGS.contains(w.tag(k));
    }
    if (words < MIN_WORDS || !content) {
      return null; // "‘ and ’ then": marks and function words say nothing
    }
    int start = w.start(first);
    int end = w.end(last);
    if (!reported && insideOneQuotation(start, end, quoted)) {
      return null; // a direct quotation, already a record of its own
    }
    QuoteSpan atStart = quotationAround(start, quoted);
    if (atStart != null && end > atStart.contentEnd()) {
      return null; // starts in a quotation's words and runs out of them: no reported speech
    }
    QuoteSpan opened = quotationAround(start + 1, quoted);
    if (!reported && opened != null && opened.openMark() >= start
        && Words.count(text, Math.min(end, opened.closeMarkEnd()), end) < MIN_TOKENS) {
      return null; // "said \"We will not back down\" on Monday": a quotation, and its record is one
    }
    QuoteSpan atEnd = quotationAround(end - 1, quoted);
    if (atEnd != null && start < atEnd.openMark() && atEnd.closed()
        && atEnd.closeMarkEnd() <= w.end(w.size() - 1)) {
      // "the plan was “a disgrace”": the whole quoted part, when it closes within the sentence
      end = Math.max(end, atEnd.closeMarkEnd());
    }
    return new Found(trimStart(text, start, end), trimEnd(text, start, end), a, sentence);
  }

  /**
   * Where a claim's clause ends: before ", and suggested …", ", but added …", ", which …",
   * ", whereas …" or "but stressed …"; else at the sentence's end.
   */
  private static int clauseEnd(TokenWindow w, int from, int last) {
    for (int i = from + MIN_TOKENS; i < last; i++) {
      if ((w.is(i, "and") || w.is(i, "but")) && SpeechCues.formOfLower(w.lower(i + 1)) == SpeechCues.Form.FINITE) {
        return i - 1; // "indicated readiness but stressed that …": the next claim starts there
      }
      if (!w.word(i).equals(",")) {
        continue;
      }
      String next = w.lower(i + 1);
      if (CLAUSE_OPENERS.contains(next)) {
        return i - 1; // ", who …", ", even as …", ", compared with …"
      }
      if (next.endsWith("ing") && "VERB".equals(w.tag(i + 1))) {
        return i - 1; // ", arguing …", ", leading …"
      }
      if (next.equals("a") || next.equals("an")) {
        return i - 1; // ", a charge that Colorado Republican leaders denied"
      }
      boolean and = w.is(i + 1, "and");
      if (and && i + 2 <= last && "VERB".equals(w.tag(i + 2))
          || w.is(i + 1, "but") || w.is(i + 1, "though") || w.is(i + 1, "although")
          || w.is(i + 1, "which") || w.is(i + 1, "whereas") || w.is(i + 1, "while")) {
        return i - 1;
      }
    }
    return last;
  }

  private static List<Found> listOf(Found f) {
    return f == null ? List.of() : List.of(f);
  }

  private static boolean isMark(String token) {
    return QuoteScanner.markLength(token, 0, token.length()) > 0;
  }

  /** The quotation whose words hold {@code offset}, or {@code null}. */
  private static QuoteSpan quotationAround(int offset, List<QuoteSpan> quoted) {
    int after = TextOrder.firstFrom(quoted, QuoteSpan::openMark, offset + 1);
    if (after == 0) {
      return null;
    }
    QuoteSpan q = quoted.get(after - 1); // the last one opening at or before offset
    return q.contentStart() <= offset && offset < q.contentEnd() ? q : null;
  }

  /** Whether the stretch is (all but its edges) one quotation's words. */
  private static boolean insideOneQuotation(int start, int end, List<QuoteSpan> quoted) {
    // quotations do not overlap: only the last one opening by start + 1 can hold [start, end)
    int after = TextOrder.firstFrom(quoted, QuoteSpan::openMark, start + 2);
    return after > 0 && quoted.get(after - 1).contentEnd() >= end - 2;
  }

  private static int trimStart(String text, int start, int end) {
    int s = start;
    while (s < end && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
      s++;
    }
    return s;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    return e;
  }

  /**
   * A cheap test before tokenizing: does the stretch hold a verb of saying in any form ("said",
   * "say", "saying"), or "according", or a headline's colon?
   */
  private static boolean mayHoldCue(String text, int from, int to) {
    for (int i = from, reach = Math.min(to, from + LABEL_REACH); i < reach; i++) {
      if (text.charAt(i) == ':') {
        return true; // "Carson: Cruz taking …"; looked for near the sentence's start only, so linear
      }
    }
    return !Words.each(text, from, to, (s, e) ->
        SpeechCues.formAt(text, s, e) == null && !(e - s == 9 && text.regionMatches(true, s, "according", 0, 9)));
  }
}
