package io.solrquotes.launcher;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error, rewritten in place with {@code \r} at most every 200 ms:
 * {@code [########------------]  1200/2225 articles  54%  310.2 articles/s  ETA 0:03}.
 */
final class ProgressBar {

  static final long INTERVAL_NANOS = 200_000_000L;
  private static final int WIDTH = 24;

  private final PrintStream err;
  private final long total;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private long next;
  private int shownLength;

  ProgressBar(PrintStream err, long total, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.next = start;
  }

  /** Shows {@code done} of the total, unless the bar was drawn less than 200 ms ago. */
  synchronized void update(long done) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - next < 0) {
      return;
    }
    next = now + INTERVAL_NANOS;
    String text = line(done, total, (now - start) / 1e9);
    err.print("\r" + text + " ".repeat(Math.max(0, shownLength - text.length())));
    err.flush();
    shownLength = text.length();
  }

  /** Erases the bar, before the summary. */
  synchronized void clear() {
    if (shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
    }
  }

  static String line(long done, long total, double seconds) {
    double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 && done > 0 ? clock((total - done) / rate) : "-:--";
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%d articles %3d%%  %.1f articles/s  ETA %s",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        done,
        total,
        (int) Math.floor(fraction * 100),
        rate,
        eta);
  }

  /** Seconds as m:ss, or h:mm:ss from an hour on. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
