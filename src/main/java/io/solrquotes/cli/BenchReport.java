package io.solrquotes.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The benchmark's plain-text table; numbers in {@link Locale#ROOT}, MB = 10^6 bytes. */
final class BenchReport {

  private final PrintWriter out;

  BenchReport(PrintWriter out) {
    this.out = out;
  }

  void header(
      String corpusName, Corpus corpus, double modelSeconds, double warmup, double measure) {
    Runtime rt = Runtime.getRuntime();
    line(
        "corpus    %s: %d articles, %.2f MB of text%n",
        corpusName, corpus.size(), corpus.totalUtf8Bytes() / 1e6);
    line(
        "java      %s %s, %d cores, max heap %.0f MB; models loaded in %.2f s%n",
        Runtime.version(),
        System.getProperty("java.vm.name"),
        rt.availableProcessors(),
        rt.maxMemory() / 1e6,
        modelSeconds);
    line(
        "run       warm-up %s s, then %s s measured, per thread count%n%n",
        seconds(warmup), seconds(measure));
    line("threads  articles/s      MB/s    p50 ms    p99 ms  quotes/pass  alloc MB/s%n");
  }

  void row(BenchResult r) {
    String quotes = r.quotesPerPass() < 0 ? "n/a" : Long.toString(r.quotesPerPass());
    double allocation = r.allocatedMegabytesPerSecond();
    String allocated = allocation < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", allocation);
    line(
        "%7d  %10.1f  %8.3f  %8.3f  %8.3f  %11s  %10s%n",
        r.threads(),
        r.articlesPerSecond(),
        r.megabytesPerSecond(),
        r.p50Millis(),
        r.p99Millis(),
        quotes,
        allocated);
    out.flush();
  }

  /** Scaling against the first thread count, then anything odd, then the heap figure. */
  void footer(List<BenchResult> results, int corpusSize, long heapBytesAfterGc) {
    line("%n");
    BenchResult base = results.get(0);
    for (BenchResult r : results.subList(1, results.size())) {
      double ratio = r.articlesPerSecond() / base.articlesPerSecond();
      double linear = (double) r.threads() / base.threads();
      line(
          "scaling   %d -> %d threads: %.2fx articles/s (%.0f%% of linear)%n",
          base.threads(), r.threads(), ratio, 100 * ratio / linear);
    }
    for (BenchResult r : results) {
      if (r.quotesPerPass() < 0) {
        line(
            "note      %d threads: quotes/pass n/a, only %d of %d articles extracted; run longer%n",
            r.threads(), r.articlesSeen(), corpusSize);
      }
      if (r.mismatches() > 0) {
        line(
            "WARNING   %d threads: %d times an article's quote count differed from an earlier"
                + " extraction of it (state shared between extractions or threads?)%n",
            r.threads(), r.mismatches());
      }
    }
    line("heap used after GC: %.1f MB%n", heapBytesAfterGc / 1e6);
    out.flush();
  }

  /** 10 rather than 10.0; 0.5 as it is. */
  static String seconds(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private void line(String format, Object... args) {
    out.printf(Locale.ROOT, format, args);
  }
}
