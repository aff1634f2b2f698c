package io.solrquotes.extract;

import java.util.Objects;

/**
 * One attributed quotation found in an article. All offsets are Java {@code String} (UTF-16) offsets
 * into the article text, end exclusive.
 *
 * @param kind direct or partial
 * @param text the quoted words, without the quotation marks
 * @param start offset of the first quoted character
 * @param end offset after the last quoted character
 * @param speaker the resolved speaker name, canonical within the article (fullest name form, titles
 *     stripped), or {@code null} when nobody can be named
 * @param speakerStart offset of the mention the attribution attaches to, or -1 without one
 * @param speakerEnd end offset of that mention, or -1 without one
 * @param speakerMention the mention as written (may be a pronoun such as "he"), or {@code null}
 * @param speakerType person, organisation or unknown
 * @param speakerTitle the speaker's title as written ("President", "NATO chief"), or {@code null}
 * @param cue the verb of saying as written ("said", "told", "according to"), or {@code null}
 * @param confidence how sure the extractor is of the quotation and its attribution, in [0, 1]
 * @param sentenceStart offset of the sentence holding the quotation's opening mark
 * @param sentenceEnd end offset of the sentence holding the quotation's closing mark
 */
public record Quote(
    QuoteKind kind,
    String text,
    int start,
    int end,
    String speaker,
    int speakerStart,
    int speakerEnd,
    String speakerMention,
    SpeakerType speakerType,
    String speakerTitle,
    String cue,
    double confidence,
    int sentenceStart,
    int sentenceEnd) {

  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerType, "speakerType");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote offsets " + start + ".." + end);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  /** Whether the attribution attaches to a mention in the text. */
  public boolean hasSpeakerMention() {
    return speakerStart >= 0;
  }
}
