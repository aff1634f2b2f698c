package io.solrquotes.solr;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.apache.solr.core.SolrCore;
import org.apache.solr.metrics.SolrMetricsContext;

/**
 * Quote extraction's metrics as OpenTelemetry instruments, the metrics API of Solr 10: the counter
 * {@value #COUNTER} with an attribute {@code type} ({@code docs}, {@code quotes}, {@code claims},
 * {@code skipped}, {@code failed}, {@code truncated}) and the histogram {@value #TIME} in
 * milliseconds, each with the core's attributes (core, collection, shard, replica type) and {@code
 * category=UPDATE}. Solr 10 serves them from {@code /admin/metrics} in Prometheus format, as {@code
 * solr_core_quotes_extraction_total{type="docs",…}} and {@code
 * solr_core_quotes_extraction_time_milliseconds_…}.
 *
 * <p>The plugin is built against Solr 9, whose metrics context has no OpenTelemetry methods, so the
 * two Solr 10 methods this class needs ({@code SolrMetricsContext.longCounter} and {@code
 * doubleHistogram}, and {@code SolrCore.getCoreAttributes}) are looked up by reflection; the
 * OpenTelemetry API itself is Solr 10's own copy.
 */
final class OpenTelemetryExtractionMetrics implements ExtractionMetrics {

  static final String COUNTER = "solr_core_quotes_extraction";
  static final String TIME = "solr_core_quotes_extraction_time";

  private static final AttributeKey<String> TYPE = AttributeKey.stringKey("type");
  private static final AttributeKey<String> CATEGORY = AttributeKey.stringKey("category");

  private final SolrMetricsContext context;
  private final LongCounter counter;
  private final DoubleHistogram time;
  private final Map<Count, Attributes> byCount;
  private final Attributes attributes;

  private OpenTelemetryExtractionMetrics(
      SolrMetricsContext context, LongCounter counter, DoubleHistogram time, Attributes attributes) {
    this.context = context;
    this.counter = counter;
    this.time = time;
    this.attributes = attributes;
    this.byCount = new EnumMap<>(Count.class);
    for (Count c : Count.values()) {
      byCount.put(c, attributes.toBuilder().put(TYPE, c.label()).build());
    }
  }

  /** Whether this Solr's metrics context makes OpenTelemetry instruments (Solr 10 and later). */
  static boolean isAvailable() {
    try {
      SolrMetricsContext.class.getMethod("longCounter", String.class, String.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  static OpenTelemetryExtractionMetrics of(SolrCore core, SolrMetricsContext context) {
    try {
      Attributes coreAttributes = (Attributes) SolrCore.class.getMethod("getCoreAttributes").invoke(core);
      Attributes attributes = coreAttributes.toBuilder().put(CATEGORY, "UPDATE").build();
      Method longCounter = SolrMetricsContext.class.getMethod("longCounter", String.class, String.class);
      LongCounter counter =
          (LongCounter) longCounter.invoke(context, COUNTER, "Quote extraction: documents processed, skipped and failed,"
              + " quotations and claims stored, field values cut");
      Class<?> unitClass = Class.forName("org.apache.solr.metrics.otel.OtelUnit", false, SolrMetricsContext.class.getClassLoader());
      Object milliseconds = unitClass.getField("MILLISECONDS").get(null);
      Method histogram = SolrMetricsContext.class.getMethod("doubleHistogram", String.class, String.class, unitClass);
      DoubleHistogram time = (DoubleHistogram) histogram.invoke(context, TIME, "Quote extraction time per document", milliseconds);
      return new OpenTelemetryExtractionMetrics(context, counter, time, attributes);
    } catch (InvocationTargetException e) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR, "Cannot register quote extraction's metrics: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new SolrException(
          SolrException.ErrorCode.SERVER_ERROR, "This Solr's OpenTelemetry metrics API is not the one quote extraction knows: " + e, e);
    }
  }

  @Override
  public void add(Count what, long n) {
    counter.add(n, byCount.get(what));
  }

  @Override
  public void time(long nanos) {
    time.record(nanos / 1e6, attributes);
  }

  @Override
  public void unregister() {
    context.unregister();
  }
}
