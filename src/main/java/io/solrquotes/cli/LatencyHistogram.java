package io.solrquotes.cli;

/**
 * Counts durations in nanoseconds in log-linear buckets (exact below 128 ns, then 64 buckets per
 * power of two, so under 1% relative error), in fixed memory and without allocating as it records.
 * Not thread-safe: one per thread, {@linkplain #add merged} at the end.
 */
final class LatencyHistogram {

  private static final int SUB_BUCKETS = 64;
  private static final int EXACT = 2 * SUB_BUCKETS; // values below this have a bucket each
  private static final int BUCKETS = EXACT + (62 - 6) * SUB_BUCKETS;

  private final long[] counts = new long[BUCKETS];
  private long total;

  void record(long nanos) {
    counts[index(Math.max(0, nanos))]++;
    total++;
  }

  void add(LatencyHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  long count() {
    return total;
  }

  /**
   * The value at {@code fraction} (0.5 for the median) in nanoseconds: the middle of the bucket
   * holding that rank; -1 when nothing was recorded.
   */
  long percentile(double fraction) {
    if (total == 0) {
      return -1;
    }
    long rank = Math.max(1, (long) Math.ceil(fraction * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return middle(i);
      }
    }
    return middle(BUCKETS - 1);
  }

  static int index(long value) {
    if (value < EXACT) {
      return (int) value;
    }
    int magnitude = 63 - Long.numberOfLeadingZeros(value); // >= 7
    int shift = magnitude - 6;
    int top = (int) (value >>> shift); // 64..127
    return EXACT + (magnitude - 7) * SUB_BUCKETS + (top - SUB_BUCKETS);
  }

  static long middle(int index) {
    if (index < EXACT) {
      return index;
    }
    int k = index - EXACT;
    int shift = k / SUB_BUCKETS + 1;
    long low = (long) (SUB_BUCKETS + k % SUB_BUCKETS) << shift;
    return low + (1L << shift) / 2;
  }
}
