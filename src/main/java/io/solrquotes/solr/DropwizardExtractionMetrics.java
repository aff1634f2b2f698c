package io.solrquotes.solr;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.metrics.SolrMetricsContext;

/**
 * Quote extraction's metrics in Solr 9's Dropwizard registry of the core: the counters {@code
 * QUOTES.extraction.docs}, {@code .quotes}, {@code .claims}, {@code .skipped}, {@code .failed}, {@code
 * .truncated} and the timer {@code QUOTES.extraction.time}, as {@code /admin/metrics} shows them.
 */
final class DropwizardExtractionMetrics implements ExtractionMetrics {

  private static final String[] PATH = {"QUOTES", "extraction"};

  private final SolrMetricsContext context;
  private final Map<Count, Counter> counters;
  private final Timer time;

  private DropwizardExtractionMetrics(SolrMetricsContext context, Map<Count, Counter> counters, Timer time) {
    this.context = context;
    this.counters = counters;
    this.time = time;
  }

  static DropwizardExtractionMetrics of(SolrMetricsContext context) {
    Map<Count, Counter> counters = new EnumMap<>(Count.class);
    for (Count c : Count.values()) {
      counters.put(c, context.counter(c.label(), PATH));
    }
    return new DropwizardExtractionMetrics(context, counters, context.timer("time", PATH));
  }

  @Override
  public void add(Count what, long n) {
    counters.get(what).inc(n);
  }

  @Override
  public void time(long nanos) {
    time.update(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void unregister() {
    context.unregister();
  }
}
