package io.solrquotes.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over things kept in text order: quotations, name occurrences. */
final class TextOrder {

  private TextOrder() {}

  /**
   * The index of the first of {@code items} whose start is {@code offset} or more ({@code
   * items.size()} if none); {@code items} are sorted by start.
   */
  static <T> int firstFrom(List<T> items, ToIntFunction<T> start, int offset) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(items.get(mid)) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
