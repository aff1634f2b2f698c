package io.solrquotes.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error, rewritten in place ({@code \r}) about once a second; nothing
 * is shown for inputs done within the first second.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private long next;
  private int shownLength;

  Progress(PrintWriter err, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.next = start + INTERVAL_NANOS;
  }

  /** Reports {@code articles} done so far, if a second has passed since the last report. */
  void update(long articles) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - next < 0) {
      return;
    }
    next = now + INTERVAL_NANOS;
    double seconds = (now - start) / 1e9;
    String text =
        String.format(Locale.ROOT, "%d articles, %.1f articles/s", articles, articles / seconds);
    err.print("\r" + text + " ".repeat(Math.max(0, shownLength - text.length())));
    err.flush();
    shownLength = text.length();
  }

  /** Erases the progress line, before another message or at the end. */
  void clear() {
    if (shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
    }
  }
}
