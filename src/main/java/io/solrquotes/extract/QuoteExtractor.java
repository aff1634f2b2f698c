package io.solrquotes.extract;

import io.solrquotes.nlp.NlpModels;
import io.solrquotes.nlp.NlpPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the quotations in a news article and who said them.
 *
 * <p>Quotations are found by their marks ({@link QuoteScanner}); each is attributed from the words
 * around it ({@link Attributor}), or carries the attribution of the quotation before it in the same
 * paragraph or of the paragraph before; the mention found is resolved to a name ({@link
 * SpeakerResolver}). Quoted words with no attribution that look like titles, nicknames or scare
 * quotes are left out. Work is linear in the text's length; articles without quotation marks cost a
 * single scan.
 *
 * <p>Not thread-safe: it holds OpenNLP taggers, which keep per-call state. Create one per thread; that
 * is cheap, since every instance shares the {@link NlpModels} it is given (load those once).
 *
 * <pre>{@code
 * QuoteExtractor extractor = new QuoteExtractor(NlpModels.english());
 * for (Quote q : extractor.extract(articleText)) {
 *   System.out.println(q.speaker() + ": " + q.text());
 * }
 * }</pre>
 */
public final class QuoteExtractor {

  /** How sure a claim and its attribution are: the verb of saying and its subject are found, its extent guessed. */
  private static final double CLAIM_CONFIDENCE = 0.7;

  /** The highest confidence of a record whose speaker has no name. */
  private static final double UNNAMED_CONFIDENCE = 0.5;

  /** Right-hand attributions in a following sentence are looked for only in sentences this short. */
  private static final int MAX_ATTRIBUTION_SENTENCE = 60;

  private final NlpPipeline nlp;
  private final ClaimFinder claims;
  private final SpeakerAliases aliases;

  /** An extractor of quotations (direct and partial), without claims. */
  public QuoteExtractor(NlpModels models) {
    this(models, false);
  }

  /**
   * @param withClaims whether to find claims (reported speech without quotation marks) too; that
   *     tags every sentence with a verb of saying, so it costs more
   */
  public QuoteExtractor(NlpModels models, boolean withClaims) {
    this(models, withClaims, SpeakerAliases.bundled());
  }

  /**
   * @param withClaims whether to find claims too
   * @param aliases the names speakers are shown by instead of others ({@link SpeakerAliases#bundled()}
   *     is the shipped configset's file, {@link SpeakerAliases#NONE} none)
   */
  public QuoteExtractor(NlpModels models, boolean withClaims, SpeakerAliases aliases) {
    this.nlp = new NlpPipeline(models);
    this.claims = withClaims ? new ClaimFinder(nlp) : null;
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /** An extractor on the bundled English models. */
  public static QuoteExtractor english() {
    return new QuoteExtractor(NlpModels.english());
  }

  /**
   * The quotations in {@code text}, in text order, one record per occurrence.
   *
   * @param original the article body; {@code null} or blank gives an empty list
   */
  public List<Quote> extract(String original) {
    if (original == null || original.isBlank()) {
      return List.of();
    }
    // found in the text with its markup tags blanked; the words of a record are read from the original
    String text = QuoteScanner.plainSpaces(QuoteScanner.blankTags(original));
    List<QuoteSpan> spans = QuoteScanner.scan(text);
    if (spans.isEmpty() && claims == null) {
      return List.of();
    }
    Sentences sentences = Sentences.detect(nlp, text);
    List<Attribution> attributions = attribute(text, spans, sentences);
    SpeakerResolver resolver = new SpeakerResolver(nlp, text, sentences, spans, aliases);
    Speaker[] speakers = new Speaker[spans.size()];
    // named speakers first, so that pronouns can be resolved to the people who speak
    for (int i = 0; i < spans.size(); i++) {
      Attribution a = attributions.get(i);
      if (a != null && a.mentionStart() >= 0 && !isPronounMention(text, a)) {
        speakers[i] = resolver.resolve(a.mentionStart(), a.mentionEnd());
        resolver.noteSpeaker(a.mentionStart(), speakers[i]);
      }
    }
    // then pronouns in text order, each speaker salient for the pronouns after it
    for (int i = 0; i < spans.size(); i++) {
      Attribution a = attributions.get(i);
      if (speakers[i] == null && a != null && a.mentionStart() >= 0) {
        speakers[i] = resolver.resolve(a.mentionStart(), a.mentionEnd());
        resolver.noteSpeaker(a.mentionStart(), speakers[i]);
      }
    }
    List<Quote> quotes = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      QuoteSpan span = spans.get(i);
      Attribution a = attributions.get(i);
      Speaker speaker = speakers[i] == null ? Speaker.UNKNOWN : speakers[i];
      double confidence = confidence(text, span, a);
      if (confidence <= 0) {
        continue;
      }
      confidence = named(confidence, speaker);
      int sentence = sentences.indexOf(span.openMark());
      int sentenceEnd = sentences.end(sentences.indexOf(span.contentEnd() - 1));
      quotes.add(
          new Quote(
              kindOf(text, span, sentences),
              original.substring(span.contentStart(), span.contentEnd()),
              span.contentStart(),
              span.contentEnd(),
              speaker.name(),
              a == null ? -1 : a.mentionStart(),
              a == null ? -1 : a.mentionEnd(),
              a == null || a.mentionStart() < 0 ? null : original.substring(a.mentionStart(), a.mentionEnd()),
              speaker.type(),
              speaker.title(),
              a == null ? null : a.cue(),
              confidence,
              sentences.start(sentence),
              sentenceEnd));
    }
    if (claims != null) {
      for (ClaimFinder.Found c : claims.find(text, sentences, spans)) {
        Attribution a = c.attribution();
        boolean unnamed = a.mentionStart() < 0; // "Asked whether …": who asked is not said
        Speaker speaker = unnamed ? Speaker.UNKNOWN : resolver.resolve(a.mentionStart(), a.mentionEnd());
        quotes.add(
            new Quote(
                QuoteKind.CLAIM,
                original.substring(c.start(), c.end()),
                c.start(),
                c.end(),
                speaker.name(),
                a.mentionStart(),
                a.mentionEnd(),
                unnamed ? null : original.substring(a.mentionStart(), a.mentionEnd()),
                speaker.type(),
                speaker.title(),
                a.cue(),
                named(CLAIM_CONFIDENCE, speaker),
                sentences.start(c.sentence()),
                sentences.end(c.sentence())));
      }
      quotes.sort(java.util.Comparator.comparingInt(Quote::start));
    }
    return quotes;
  }

  /**
   * A record's confidence once its speaker is resolved: no surer than the name ({@link
   * Speaker#certainty()}). A record without a
   * name stays below {@value #UNNAMED_CONFIDENCE}, whatever its attribution, since the name is what
   * a user facets and queries on.
   */
  private static double named(double confidence, Speaker speaker) {
    if (speaker.name() == null) {
      return Math.min(confidence, UNNAMED_CONFIDENCE);
    }
    return Math.max(0.05, Math.min(confidence, speaker.certainty()));
  }

  private static boolean isPronounMention(String text, Attribution a) {
    return Attributor.isPronoun(
        text.substring(a.mentionStart(), a.mentionEnd()).toLowerCase(java.util.Locale.ROOT));
  }

  /** Finds each span's attribution: its own, or one carried from the quotation before. */
  private List<Attribution> attribute(String text, List<QuoteSpan> spans, Sentences sentences) {
    List<Attribution> out = new ArrayList<>(spans.size());
    Attribution previous = null;
    int previousParagraphEnd = -1;
    // what is known of the paragraph of the last span, so that a paragraph's start is read once
    int knownParagraph = -1;
    int firstWord = 0; // offset of its first letter or digit, or its end
    int beforeParagraph = -1; // offset of the last non-space character before it
    for (int i = 0; i < spans.size(); i++) {
      QuoteSpan span = spans.get(i);
      QuoteSpan before = i > 0 ? spans.get(i - 1) : null;
      QuoteSpan after = i + 1 < spans.size() ? spans.get(i + 1) : null;
      int paragraphStart = sentences.lineStart(span.openMark());
      if (paragraphStart != knownParagraph) {
        knownParagraph = paragraphStart;
        firstWord = firstLetterOrDigit(text, paragraphStart, sentences.lineEnd(paragraphStart));
        beforeParagraph = lastNonSpace(text, paragraphStart);
      }
      // nothing but marks, punctuation and space before the span in its paragraph
      boolean startsParagraph = firstWord >= span.openMark();
      int openSentence = sentences.indexOf(span.openMark());
      int leftFrom = Math.max(sentences.start(openSentence), paragraphStart);
      if (before != null && before.closeMarkEnd() > leftFrom && before.closeMarkEnd() <= span.openMark()) {
        leftFrom = before.closeMarkEnd();
      }
      Attribution found = null;
      int label = TranscriptLabel.colon(text, span.contentStart(), span.contentEnd());
      if (label > 0) {
        int labelStart = span.contentStart();
        int words = label + 1;
        while (words < span.contentEnd() && Character.isWhitespace(text.charAt(words))) {
          words++;
        }
        span = new QuoteSpan(span.openMark(), words, span.contentEnd(), span.closeMark(), span.closeMarkEnd(),
            span.single(), span.continuesPrevious(), span.continuesNext());
        spans.set(i, span);
        found = new Attribution(labelStart, label, null, Attribution.Source.BEFORE);
      }
      TokenWindow left = null; // the words before the span in its sentence, read at most once
      boolean leftFirst = found == null && span.closed() && closesSentence(text, span)
          && !blank(text, leftFrom, span.openMark());
      if (leftFirst) {
        // Trump said Clinton "caused death." Sanders called …: the words after are the next sentence's
        left = TokenWindow.of(nlp, text, leftFrom, span.openMark());
        found = Attributor.before(left);
      }
      if (found == null && span.closed()) {
        found = Attributor.after(rightWindow(text, span, after, sentences));
      }
      if (found == null && span.closed()) {
        found = signature(text, span, after, sentences);
      }
      if (found == null && !leftFirst) {
        left = TokenWindow.of(nlp, text, leftFrom, span.openMark());
        found = Attributor.before(left);
      }
      boolean sameParagraph = before != null && before.openMark() >= paragraphStart;
      if (found == null && previous != null) {
        boolean nextParagraph = !sameParagraph && startsParagraph && previousParagraphEnd >= 0
            && blank(text, previousParagraphEnd, paragraphStart);
        if (span.continuesPrevious() || sameParagraph || nextParagraph) {
          found = previous.carried();
        }
      }
      if (found == null && openSentence > 0 && blank(text, leftFrom, span.openMark())
          && sentences.start(openSentence - 1) >= paragraphStart
          && (before == null || before.closeMarkEnd() <= sentences.start(openSentence - 1))) {
        // reported speech, then the quotation: Coan argues that his client is innocent. "The …"
        TokenWindow previousSentence =
            TokenWindow.of(nlp, text, sentences.start(openSentence - 1), sentences.start(openSentence));
        Attribution reported = Attributor.before(previousSentence);
        found = reported == null ? null : reported.carried();
        if (found == null && span.closed() && (after == null || after.openMark() > sentences.end(openSentence))) {
          // Clinton touted her record. "I co-sponsored the bill."
          found = Attributor.subjectOf(previousSentence);
        }
      }
      if (found == null && paragraphStart > 0 && startsParagraph && !span.continuesPrevious()
          && (before == null || before.closeMarkEnd() <= sentences.start(sentences.indexOf(beforeParagraph)))) {
        // The New York Times reports:\n\n"…"; Howard went on with his remarks.\n\n"…"
        int end = beforeParagraph;
        int from = sentences.start(sentences.indexOf(end));
        TokenWindow intro = TokenWindow.of(nlp, text, from, end + 1);
        Attribution reported = Attributor.before(intro);
        if (reported == null && text.charAt(end) == ':') {
          // President Clinton released the following statement:\n\n"…"
          reported = Attributor.introducer(intro);
        }
        found = reported == null ? null : reported.carried();
      }
      if (found == null && !blank(text, leftFrom, span.openMark())) {
        found = Attributor.subjectOf(left != null ? left : TokenWindow.of(nlp, text, leftFrom, span.openMark()));
      }
      out.add(found);
      if (found != null && found.source() != Attribution.Source.SUBJECT) {
        previous = found;
      } else if (!sameParagraph) {
        previous = null;
      }
      previousParagraphEnd = sentences.lineEnd(span.openMark());
    }
    return out;
  }

  /**
   * The tokens after a closing mark to its sentence's end (or the next quotation); when nothing but
   * punctuation follows, the next sentence if it is short and holds no quotation.
   */
  private TokenWindow rightWindow(String text, QuoteSpan span, QuoteSpan next, Sentences sentences) {
    int from = span.closeMarkEnd();
    int limit = next != null ? next.openMark() : text.length();
    int paragraphEnd = sentences.lineEnd(from);
    limit = Math.min(limit, paragraphEnd);
    int sentence = sentences.indexOf(span.contentEnd() - 1);
    int to = Math.min(limit, sentences.end(sentence));
    if (to < from) {
      to = from;
    }
    if (!hasLetter(text, from, to) && sentence + 1 < sentences.count()) {
      int nextEnd = Math.min(limit, sentences.end(sentence + 1));
      int first = from;
      while (first < nextEnd && !Character.isLetter(text.charAt(first))) {
        first++;
      }
      boolean continues = first < nextEnd && Character.isLowerCase(text.charAt(first)); // ?" asked Smith
      char last = text.charAt(span.contentEnd() - 1);
      boolean exclaims = last == '?' || last == '!'; // the sentence detector breaks after ?" and !"
      if (continues || exclaims || nextEnd - from <= MAX_ATTRIBUTION_SENTENCE) {
        to = Math.max(to, nextEnd);
      }
    }
    return TokenWindow.of(nlp, text, from, to);
  }

  /**
   * Whether the quoted words end their sentence: a full stop inside the closing mark and a capital
   * after it ({@code "caused death." Sanders called …}).
   */
  private static boolean closesSentence(String text, QuoteSpan span) {
    int last = span.contentEnd() - 1;
    while (last > span.contentStart() && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < span.contentStart() || text.charAt(last) != '.') {
      return false;
    }
    int next = span.closeMarkEnd();
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next < text.length() && Character.isUpperCase(text.charAt(next));
  }

  /** How long a line holding only a dash and a name may be: "- Bernie Sanders." */
  private static final int MAX_SIGNATURE_LINE = 60;

  /**
   * A quotation that ends its paragraph, signed on the next line: {@code "…"} then {@code - Bernie
   * Sanders.} (fact checks and lists of quotations).
   */
  private Attribution signature(String text, QuoteSpan span, QuoteSpan next, Sentences sentences) {
    int lineEnd = sentences.lineEnd(span.closeMarkEnd());
    if (hasLetter(text, span.closeMarkEnd(), lineEnd)) {
      return null;
    }
    int start = lineEnd;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length() || "-\u2013\u2014".indexOf(text.charAt(start)) < 0
        || next != null && next.openMark() < sentences.lineEnd(start)) {
      return null;
    }
    int end = sentences.lineEnd(start);
    return end - start > MAX_SIGNATURE_LINE ? null : Attributor.after(TokenWindow.of(nlp, text, start, end));
  }

  private static int lastNonSpace(String text, int before) {
    int i = before - 1;
    while (i > 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  /** The offset of the first letter or digit in {@code [from, to)}, or {@code to}. */
  private static int firstLetterOrDigit(String text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String text, int from, int to) {
    return !blank(text, from, to);
  }

  /**
   * Direct when the quotation stands as its own utterance (nothing but an attribution or punctuation
   * before it in its sentence); partial when it is part of a larger clause.
   */
  private static QuoteKind kindOf(String text, QuoteSpan span, Sentences sentences) {
    int from = Math.max(sentences.start(sentences.indexOf(span.openMark())), sentences.lineStart(span.openMark()));
    int i = span.openMark() - 1;
    while (i >= from && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < from) {
      return QuoteKind.DIRECT;
    }
    char c = text.charAt(i);
    if (c == ':' || c == ',' || c == '\u2014' || c == '\u2013' || QuoteScanner.markLength(text, i, text.length()) > 0) {
      return QuoteKind.DIRECT;
    }
    if (Character.isUpperCase(text.charAt(span.contentStart())) && span.length() > 40) {
      return QuoteKind.DIRECT;
    }
    return QuoteKind.PARTIAL;
  }

  /**
   * How sure the quotation and its attribution are, or 0 to leave it out: quoted words with no
   * attribution that are short (scare quotes, nicknames) or in title case (titles of works).
   */
  private static double confidence(String text, QuoteSpan span, Attribution a) {
    int letters = 0;
    for (int i = span.contentStart(); i < span.contentEnd() && letters < 2; i++) {
      letters += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    if (letters < 2) {
      return 0; // "for “R,” or “D,”": a letter quoted is no quotation
    }
    int words = words(text, span.contentStart(), span.contentEnd());
    boolean titleCase = titleCase(text, span.contentStart(), span.contentEnd()) && words <= 10;
    if (a == null) {
      if (words <= 4 || titleCase || !span.closed() && words < 6) {
        return 0;
      }
      return span.closed() ? 0.4 : 0.3;
    }
    if (titleCase && a.source() != Attribution.Source.AFTER) {
      return 0;
    }
    double c = a.source().confidence;
    if (a.mentionStart() < 0) {
      c -= 0.2;
    }
    if (!span.closed()) {
      c -= 0.1;
    }
    if (words <= 2) {
      c -= 0.1;
    }
    return Math.max(0.05, Math.min(1.0, c));
  }

  private static int words(String text, int from, int to) {
    int count = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        count++;
      }
      in = letter;
    }
    return count;
  }

  /** Every word of four or more letters capitalised: "The Art of the Deal", "Morning Joe". */
  private static boolean titleCase(String text, int from, int to) {
    int[] capitalised = new int[1];
    boolean allCapitalised = Words.each(text, from, to, (s, e) -> {
      if (e - s >= 4 || s == from) {
        if (!Character.isUpperCase(text.charAt(s))) {
          return false;
        }
        capitalised[0]++;
      }
      return true;
    });
    return allCapitalised && capitalised[0] > 0;
  }
}
