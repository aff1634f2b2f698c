package io.solrquotes.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Verbs of saying ("said", "told", "argues", "tweeted"), in all their inflected forms. */
final class SpeechCues {

  /** How a cue form is inflected, which tells who its subject is. */
  enum Form {
    /** said, says, told, tells: a finite verb whose subject stands before it or, inverted, after it. */
    FINITE,
    /** saying, adding, noting: a participle whose subject is the clause's. */
    PARTICIPLE,
    /** say, tell: after an auxiliary ("did not say", "would tell"). */
    BASE
  }

  /** Regular verbs of saying and asserting, by lemma. */
  private static final String[] REGULAR = {
          "add", "acknowledge", "admit", "advise", "agree", "allege", "announce", "answer", "argue", "ask",
          "assert", "boast", "call", "caution", "charge", "claim", "comment", "complain", "concede",
          "conclude", "confirm", "contend", "continue", "counter", "declare", "deny", "describe",
          "emphasize", "emphasise", "estimate", "exclaim", "explain", "insist", "joke", "lament",
          "maintain", "mention", "muse", "note", "object", "observe", "plead", "pledge", "post", "predict",
          "proclaim", "promise", "protest", "question", "quip", "recall", "recount", "remark", "repeat",
          "reply", "report", "respond", "retort", "reveal", "scoff", "scream", "shout", "state", "stress",
          "suggest", "testify", "tweet", "urge", "vow", "warn", "wonder", "yell", "snap", "chime", "gush",
          "crow", "rail", "reiterate", "reason", "affirm", "blast", "criticize", "criticise", "praise",
          "accuse", "slam", "mock", "dismiss", "point", "opine", "cry", "whisper", "sigh",
          "laugh", "inform", "assure", "remind", "brag", "marvel", "elaborate", "press", "demand", "quote", "indicate", "signal", "interject", "interrupt", "snipe", "thunder", "fume", "clarify", "specify",
          "underscore", "highlight", "characterize", "label", "dub", "term"
  };

  /** Irregular verbs of saying: lemma, past, past participle, -s form, -ing form. */
  private static final String[][] IRREGULAR = {
    {"say", "said", "said", "says", "saying"},
    {"tell", "told", "told", "tells", "telling"},
    {"write", "wrote", "written", "writes", "writing"},
    {"speak", "spoke", "spoken", "speaks", "speaking"},
    {"put", "put", "put", "puts", "putting"},
    {"read", "read", "read", "reads", "reading"},
    {"go on", "went on", "gone on", "goes on", "going on"},
    {"swear", "swore", "sworn", "swears", "swearing"},
    {"forecast", "forecast", "forecast", "forecasts", "forecasting"},
  };

  /** Verbs ending in -l that British spelling doubles: labelled (American: labeled). */
  private static final Set<String> BRITISH_DOUBLE_L = Set.of("label", "signal", "marvel");

  private static final Map<String, Form> FORMS = build();

  /** The forms by the hash of their lower-case letters, to find one in a text without copying words. */
  private static final Map<Integer, String[]> BY_HASH = byHash();

  private static final int LONGEST = FORMS.keySet().stream().mapToInt(String::length).max().orElse(0);

  /** Cues that only count as speech with a following word ("pointed out", "called for"). */
  private static final Set<String> NEED_PARTICLE = Set.of(
          "point", "chime", "call", "put", "rail");

  private SpeechCues() {}

  private static Map<Integer, String[]> byHash() {
    Map<Integer, String[]> out = new HashMap<>();
    for (String f : FORMS.keySet()) {
      out.merge(f.hashCode(), new String[] {f}, (a, b) -> {
        String[] both = Arrays.copyOf(a, a.length + 1);
        both[a.length] = b[0];
        return both;
      });
    }
    return Map.copyOf(out);
  }

  /**
   * The form of the word {@code text[start, end)}, in any case, if it is a verb of saying, else {@code
   * null}: as {@link #form} of the word, without making a string of it.
   */
  static Form formAt(String text, int start, int end) {
    int length = end - start;
    if (length < 2 || length > LONGEST) {
      return null;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      hash = 31 * hash + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
    }
    String[] forms = BY_HASH.get(hash);
    if (forms != null) {
      for (String f : forms) {
        if (f.length() == length && text.regionMatches(true, start, f, 0, length)) {
          return FORMS.get(f);
        }
      }
    }
    return null;
  }

  private static Map<String, Form> build() {
    Map<String, Form> forms = new HashMap<>();
    for (String lemma : REGULAR) {
      forms.put(lemma, Form.BASE);
      forms.put(thirdPerson(lemma), Form.FINITE);
      forms.put(past(lemma), Form.FINITE);
      forms.put(ing(lemma), Form.PARTICIPLE);
      if (BRITISH_DOUBLE_L.contains(lemma)) {
        forms.put(lemma + "led", Form.FINITE); // labelled, signalled
        forms.put(lemma + "ling", Form.PARTICIPLE);
      }
    }
    for (String[] v : IRREGULAR) {
      forms.put(v[0], Form.BASE);
      forms.put(v[1], Form.FINITE);
      forms.put(v[2], Form.FINITE);
      forms.put(v[3], Form.FINITE);
      forms.put(v[4], Form.PARTICIPLE);
    }
    return Map.copyOf(forms);
  }

  private static String thirdPerson(String v) {
    if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      return v.substring(0, v.length() - 1) + "ies";
    }
    if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z")) {
      return v + "es";
    }
    return v + "s";
  }

  private static String past(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    if (doublesFinal(v)) {
      return v + v.charAt(v.length() - 1) + "ed";
    }
    return v + "ed";
  }

  private static String ing(String v) {
    if (v.endsWith("ie")) {
      return v.substring(0, v.length() - 2) + "ying";
    }
    if (v.endsWith("e") && !v.endsWith("ee")) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    if (doublesFinal(v)) {
      return v + v.charAt(v.length() - 1) + "ing";
    }
    return v + "ing";
  }

  /**
   * Verbs ending in a stressed consonant-vowel-consonant double it: quip, quipped; admit, admitted.
   */
  private static boolean doublesFinal(String v) {
    return switch (v) {
      case "quip", "snap", "plan", "scrap", "admit", "brag", "slam", "dub" -> true;
      default -> false;
    };
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The form of {@code word} if it is a verb of saying, else {@code null}. */
  static Form form(String word) {
    return FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  /** The form of {@code lower}, a word already in lower case, if it is a verb of saying, else {@code null}. */
  static Form formOfLower(String lower) {
    return FORMS.get(lower);
  }

  /** Whether {@code word} is a verb of saying in any form. */
  static boolean isCue(String word) {
    return form(word) != null;
  }

  /** Whether the cue needs a particle to mean speech: "pointed out", "called for", "chimed in". */
  static boolean needsParticle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String lemma : NEED_PARTICLE) {
      if (w.startsWith(lemma)) {
        return true;
      }
    }
    return false;
  }
}
