package io.solrquotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  @Test
  void smallValuesAreExact() {
    for (long v = 0; v < 128; v++) {
      assertEquals(v, LatencyHistogram.middle(LatencyHistogram.index(v)));
    }
  }

  @Test
  void bucketsKeepTheRelativeErrorUnderOnePercent() {
    Random random = new Random(42);
    int previous = -1;
    for (long v = 1; v > 0 && v < Long.MAX_VALUE / 3; v = v * 3 + random.nextInt(7)) {
      int index = LatencyHistogram.index(v);
      assertTrue(index > previous, "indices grow with the value");
      previous = index;
      long middle = LatencyHistogram.middle(index);
      assertTrue(Math.abs(middle - v) <= v / 100.0 + 1, v + " -> " + middle);
    }
    assertEquals(
        LatencyHistogram.index(Long.MAX_VALUE), LatencyHistogram.index(Long.MAX_VALUE - 1));
  }

  @Test
  void percentilesOfAUniformSpread() {
    LatencyHistogram h = new LatencyHistogram();
    for (int micros = 1; micros <= 10_000; micros++) {
      h.record(micros * 1_000L);
    }
    assertEquals(10_000, h.count());
    assertClose(5_000_000, h.percentile(0.50));
    assertClose(9_900_000, h.percentile(0.99));
    assertClose(10_000_000, h.percentile(1.0));
    assertClose(1_000, h.percentile(0.0));
  }

  @Test
  void mergingAddsCounts() {
    LatencyHistogram fast = new LatencyHistogram();
    LatencyHistogram slow = new LatencyHistogram();
    for (int i = 0; i < 99; i++) {
      fast.record(1_000);
    }
    slow.record(1_000_000);
    fast.add(slow);
    assertEquals(100, fast.count());
    assertClose(1_000, fast.percentile(0.99));
    assertClose(1_000_000, fast.percentile(1.0));
  }

  @Test
  void emptyHasNoPercentile() {
    assertEquals(-1, new LatencyHistogram().percentile(0.5));
  }

  private static void assertClose(long expected, long actual) {
    assertTrue(Math.abs(actual - expected) <= expected / 100.0, expected + " vs " + actual);
  }
}
