package io.solrquotes.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: what it shows, and no more often than every 200 ms. */
class ProgressBarTest {

  @Test
  void showsDoneOfTotalRateAndEta() {
    assertEquals(
        "[############------------] 1100/2200 articles  50%  110.0 articles/s  ETA 0:10",
        ProgressBar.line(1100, 2200, 10));
    assertEquals("[------------------------] 0/10 articles   0%  0.0 articles/s  ETA -:--", ProgressBar.line(0, 10, 0));
    assertEquals("1:01:01", ProgressBar.clock(3661));
  }

  @Test
  void redrawsInPlaceAtMostEvery200Milliseconds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, true, now::get);
    now.set(50_000_000L);
    bar.update(10); // the first update draws at once
    now.addAndGet(100_000_000L);
    bar.update(20); // 100 ms later: not drawn
    now.addAndGet(150_000_000L);
    bar.update(30);
    bar.clear();
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(3, shown.chars().filter(c -> c == '\r').count() - 1, shown); // two draws, then the clearing
    assertTrue(shown.contains(" 10/100 articles") && shown.contains(" 30/100 articles") && !shown.contains(" 20/100"), shown);
    assertTrue(shown.endsWith("\r"), "cleared");
  }

  @Test
  void disabledShowsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, false, System::nanoTime);
    bar.update(50);
    bar.clear();
    assertEquals(0, bytes.size());
  }
}
