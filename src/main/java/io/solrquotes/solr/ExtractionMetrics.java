package io.solrquotes.solr;

import org.apache.solr.core.SolrCore;
import org.apache.solr.metrics.SolrMetricsContext;

/**
 * The counters and the timer quote extraction keeps for a core, in the metrics API of the Solr that
 * runs it: Dropwizard in Solr 9 ({@link DropwizardExtractionMetrics}), OpenTelemetry in Solr 10
 * ({@link OpenTelemetryExtractionMetrics}). Which one is chosen when the factory is informed of its
 * core, by what that Solr offers; neither implementation's classes are touched in the other Solr.
 */
interface ExtractionMetrics {

  /** What is counted. */
  enum Count {
    /** documents processed */
    DOCS,
    /** documents indexed without quotations after an error, with onError=skip */
    SKIPPED,
    /** documents refused after an error */
    FAILED,
    /** quotations stored */
    QUOTES,
    /** claims stored */
    CLAIMS,
    /** field values cut at maxChars */
    TRUNCATED;

    /** The name of the count: {@code docs}, {@code quotes}… */
    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Adds {@code n} to the count {@code what}. */
  void add(Count what, long n);

  /** Records one document's extraction time. */
  void time(long nanos);

  /** Takes the metrics out of the core's registry, as the core closes. */
  void unregister();

  /** Metrics that keep nothing: before the factory is informed of its core. */
  ExtractionMetrics NONE =
      new ExtractionMetrics() {
        @Override
        public void add(Count what, long n) {}

        @Override
        public void time(long nanos) {}

        @Override
        public void unregister() {}
      };

  /**
   * The metrics of quote extraction in {@code core}, registered in a child context of the core's
   * owned by {@code owner}: OpenTelemetry instruments where Solr's metrics context makes them (Solr 10),
   * else Dropwizard counters (Solr 9).
   */
  static ExtractionMetrics of(SolrCore core, Object owner) {
    SolrMetricsContext context = core.getSolrMetricsContext().getChildContext(owner);
    if (OpenTelemetryExtractionMetrics.isAvailable()) {
      return OpenTelemetryExtractionMetrics.of(core, context);
    }
    return DropwizardExtractionMetrics.of(context);
  }
}
