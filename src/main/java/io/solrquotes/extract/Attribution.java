package io.solrquotes.extract;

/**
 * Who a quotation is attributed to, as found in the text around it.
 *
 * @param mentionStart offset of the speaker mention, or -1 with none
 * @param mentionEnd end offset of the speaker mention, or -1 with none
 * @param cue the verb of saying as written, or {@code null}
 * @param source where the attribution was found
 */
record Attribution(int mentionStart, int mentionEnd, String cue, Source source) {

  /** Where an attribution was found, strongest first. */
  enum Source {
    /** Right after the quotation: {@code ," she said} or {@code ," said Smith}. */
    AFTER(0.92),
    /** Right before it: {@code She said: "…"}, {@code according to Smith, "…"}. */
    BEFORE(0.9),
    /** The subject of a verb of saying earlier in the sentence: {@code Smith said the plan was "dead"}. */
    CLAUSE(0.58),
    /** The attribution of an earlier quotation of the same paragraph, or of the paragraph before. */
    CARRIED(0.58),
    /** No verb of saying: the subject of the quoted fragment's sentence ({@code X branded Y a "liar"}). */
    SUBJECT(0.45);

    final double confidence;

    Source(double confidence) {
      this.confidence = confidence;
    }
  }

  Attribution carried() {
    return new Attribution(mentionStart, mentionEnd, cue, Source.CARRIED);
  }
}
