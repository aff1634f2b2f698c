package io.solrquotes.solr;

/** Short articles written for the tests, and what the extractor finds in them. */
final class Articles {

  private Articles() {}

  static final String LOPEZ = "Maria Lopez";
  static final String HALE = "Tom Hale";
  static final String NOVAK = "Peter Novak";
  static final String BERG = "Anna Berg";

  static final String LANES = "We will not back down on the bus lanes,";
  static final String STATIONS = "The state is funding every station on the line.";
  static final String RIDERS = "Riders deserve better service,";
  static final String BUDGET = "The budget is balanced and the trains will run on time,";

  /**
   * Four distinct quotations by three speakers: Maria Lopez says {@link #LANES} twice and {@link
   * #RIDERS} once, Governor Tom Hale {@link #STATIONS}, Peter Novak {@link #BUDGET}.
   */
  static final String TRANSIT =
      "The city council met on Monday to debate the new transit budget.\n\n"
          + "\"" + LANES + "\" Maria Lopez said.\n\n"
          + "Governor Tom Hale said: \"" + STATIONS + "\"\n\n"
          + "The debate ran late into the evening. \"" + RIDERS + "\" Maria Lopez said.\n\n"
          + "Later, she repeated herself. \"" + LANES + "\" Maria Lopez said.\n\n"
          + "\"" + BUDGET + "\" said Peter Novak, the city treasurer.";

  static final String WATER = "The water is still rising in the low districts,";
  static final String CREWS = "Emergency crews are working through the night.";

  /** Maria Lopez: {@link #WATER}; Governor Tom Hale: {@link #CREWS}. */
  static final String FLOOD =
      "Flooding closed roads across the valley on Friday.\n\n"
          + "\"" + WATER + "\" Maria Lopez said.\n\n"
          + "Governor Tom Hale said: \"" + CREWS + "\"";

  static final String TEACHERS = "Teachers were consulted at every step,";

  /** Anna Berg: {@link #TEACHERS}. */
  static final String SCHOOL =
      "The school board approved the plan on Thursday.\n\n\"" + TEACHERS + "\" Anna Berg said.";

  /** No quotation at all. */
  static final String QUIET = "A quiet day at the harbour. The ferries ran on schedule and nobody spoke to the press.";
}
