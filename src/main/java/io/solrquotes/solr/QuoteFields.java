package io.solrquotes.solr;

import io.solrquotes.extract.Quote;
import io.solrquotes.extract.QuoteKey;
import io.solrquotes.extract.QuoteKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * How quotations and claims are stored: one child document per distinct quotation or claim (label
 * {@value #CHILDREN}, {@code doc_type} {@value #QUOTE} or {@value #CLAIM}), and on the article the
 * distinct speakers, the numbers of quotations and claims, and the quotations' {@code speaker|quote}
 * pairs.
 * The field names are those of the shipped configset's schema.
 */
final class QuoteFields {

  /** The label (pseudo-field) under which quotation child documents hang. */
  static final String CHILDREN = "quotes";

  /** {@code article} on articles, {@code quote} on quotation children, {@code claim} on claim children. */
  static final String DOC_TYPE = "doc_type";

  static final String ARTICLE = "article";
  static final String QUOTE = "quote";
  static final String CLAIM = "claim";

  // on the article
  static final String SPEAKERS = "speakers";
  static final String QUOTE_COUNT = "quote_count";
  static final String CLAIM_COUNT = "claim_count";
  static final String SPEAKER_QUOTE = "speaker_quote";

  // on each quotation
  static final String TEXT = "quote";
  static final String KIND = "kind";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_MENTION = "speaker_mention";
  static final String SPEAKER_TYPE = "speaker_type";
  static final String SPEAKER_TITLE = "speaker_title";
  static final String CUE = "cue";
  static final String CONFIDENCE = "confidence";
  static final String START = "quote_start";
  static final String END = "quote_end";
  static final String SPEAKER_START = "speaker_start";
  static final String SPEAKER_END = "speaker_end";
  static final String SENTENCE = "sentence";
  /** The quotation's words normalised ({@link QuoteKey}): one value for one quotation across articles. */
  static final String QUOTE_KEY = "quote_key";
  static final String OCCURRENCES = "occurrences";
  static final String SOURCE_FIELD = "source_field";

  /** The fields this plugin writes, which the schema must define (checked when the core loads). */
  static final List<String> WRITTEN =
      List.of(
          DOC_TYPE, SPEAKERS, QUOTE_COUNT, CLAIM_COUNT, SPEAKER_QUOTE, TEXT, KIND, SPEAKER, SPEAKER_MENTION, SPEAKER_TYPE,
          SPEAKER_TITLE, CUE, CONFIDENCE, START, END, SPEAKER_START, SPEAKER_END, SENTENCE, OCCURRENCES,
          SOURCE_FIELD);

  /**
   * The most characters a value of a string field gets. Lucene refuses a term of more than 32,766 bytes
   * of UTF-8, and with it the whole article; a char takes at most three. A quotation left open can
   * run to the end of a long paragraph, and a run of capitalised words as long as the text can be a
   * speaker's fullest name, so {@value #SPEAKER_QUOTE} pairs and names, mentions, titles and cues are
   * cut to this length. The tokenized {@value #TEXT} field keeps the whole quotation.
   */
  static final int MAX_TERM_CHARS = 10_000;

  /** Separates speaker and quotation in {@value #SPEAKER_QUOTE}. */
  static final char PAIR_SEPARATOR = '|';

  /** Speaker value for quotations nobody can be named for, so that facets count them. */
  static final String UNKNOWN_SPEAKER = "(unknown)";

  private QuoteFields() {}

  /** The quotations of one source field, as found in its text. */
  record Found(String field, String text, List<Quote> quotes) {}

  /**
   * What one article gets: its children (quotations and claims) and the summary fields.
   *
   * @param quotations how many of the children are quotations (direct or partial)
   * @param claims how many are claims
   * @param pairs {@code speaker|quote} of the quotations
   */
  record Stored(
      List<SolrInputDocument> children, Set<String> speakers, Set<String> pairs, int quotations, int claims) {}

  /**
   * Child documents for the distinct quotations in {@code found}: the same speaker saying the same
   * words more than once in the article is one child, with {@value #OCCURRENCES} counting the times.
   */
  static Stored store(List<Found> found, boolean withKeys) {
    Map<String, SolrInputDocument> distinct = new LinkedHashMap<>();
    Set<String> speakers = new LinkedHashSet<>();
    Set<String> pairs = new LinkedHashSet<>();
    int quotations = 0;
    int claims = 0;
    for (Found f : found) {
      for (Quote q : f.quotes()) {
        String speaker = q.speaker() != null ? term(q.speaker()) : UNKNOWN_SPEAKER;
        boolean claim = q.kind() == QuoteKind.CLAIM;
        String key = (claim ? CLAIM : QUOTE) + PAIR_SEPARATOR + speaker + PAIR_SEPARATOR + q.text();
        SolrInputDocument child = distinct.get(key);
        if (child != null) {
          child.setField(OCCURRENCES, (Integer) child.getFieldValue(OCCURRENCES) + 1);
          continue;
        }
        distinct.put(key, child(f, q, speaker, withKeys));
        if (q.speaker() != null) {
          speakers.add(speaker);
        }
        if (claim) {
          claims++;
        } else {
          quotations++;
          pairs.add(term(speaker + PAIR_SEPARATOR + q.text()));
        }
      }
    }
    return new Stored(new ArrayList<>(distinct.values()), speakers, pairs, quotations, claims);
  }

  /** {@code value} cut to {@link #MAX_TERM_CHARS}, never inside a surrogate pair. */
  static String term(String value) {
    if (value.length() <= MAX_TERM_CHARS) {
      return value;
    }
    int cut = MAX_TERM_CHARS;
    if (Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--;
    }
    return value.substring(0, cut);
  }

  private static SolrInputDocument child(Found f, Quote q, String speaker, boolean withKey) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(DOC_TYPE, q.kind() == QuoteKind.CLAIM ? CLAIM : QUOTE);
    doc.setField(TEXT, q.text());
    String key = withKey ? QuoteKey.of(q.text()) : null;
    if (key != null) {
      doc.setField(QUOTE_KEY, term(key));
    }
    doc.setField(KIND, q.kind().label());
    doc.setField(SPEAKER, speaker);
    doc.setField(SPEAKER_TYPE, q.speakerType().label());
    if (q.speakerMention() != null) {
      doc.setField(SPEAKER_MENTION, term(q.speakerMention()));
      doc.setField(SPEAKER_START, q.speakerStart());
      doc.setField(SPEAKER_END, q.speakerEnd());
    }
    if (q.speakerTitle() != null) {
      doc.setField(SPEAKER_TITLE, term(q.speakerTitle()));
    }
    if (q.cue() != null) {
      doc.setField(CUE, term(q.cue()));
    }
    doc.setField(CONFIDENCE, (float) q.confidence());
    doc.setField(START, q.start());
    doc.setField(END, q.end());
    doc.setField(SENTENCE, f.text().substring(q.sentenceStart(), q.sentenceEnd()).strip());
    doc.setField(OCCURRENCES, 1);
    doc.setField(SOURCE_FIELD, f.field());
    return doc;
  }
}
