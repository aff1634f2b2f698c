package io.solrquotes.solr;

import java.util.Map;
import org.apache.solr.common.util.NamedList;

/** Reads metric values as {@code /admin/metrics} returns them. */
final class MetricValues {

  private MetricValues() {}

  /** A counter: a number when compact (the default), else {@code {count: n}}. */
  static long count(Object metric) {
    if (metric instanceof Number n) {
      return n.longValue();
    }
    if (metric instanceof Map<?, ?> m) {
      return ((Number) m.get("count")).longValue();
    }
    if (metric instanceof NamedList<?> l) {
      return ((Number) l.get("count")).longValue();
    }
    throw new AssertionError("not a counter: " + metric);
  }
}
