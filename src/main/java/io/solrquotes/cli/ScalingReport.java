package io.solrquotes.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of {@code bench-scaling}; numbers in {@link Locale#ROOT}, MB = 10^6 bytes. */
final class ScalingReport {

  /** Growth exponents from this on are listed at the end as not linear. */
  static final double NOT_LINEAR = 1.3;

  static final String HEADER =
      "input                                articles  size/article   ms/article       ms/MB  vs 1x/MB  growth  quotes/pass";

  /**
   * One input's timing.
   *
   * @param name the input at its size
   * @param texts how many texts (articles) it has
   * @param bytesPerText their mean size in UTF-8
   * @param extracted texts extracted in the timed loop (whole passes over the input)
   * @param nanos the loop's time
   * @param quotesPerPass quotations found in one pass over the input
   */
  record Measurement(String name, int texts, double bytesPerText, long extracted, long nanos, long quotesPerPass) {

    double msPerText() {
      return nanos / 1e6 / Math.max(extracted, 1);
    }

    double msPerMegabyte() {
      return msPerText() / (bytesPerText / 1e6);
    }

    /** k in time ~ size^k, from {@code smaller} to this. */
    double growthFrom(Measurement smaller) {
      return Math.log(msPerText() / smaller.msPerText()) / Math.log(bytesPerText / smaller.bytesPerText);
    }
  }

  private final PrintWriter out;
  private final List<String> notLinear = new ArrayList<>();
  private double baselineMsPerMegabyte = Double.NaN;

  ScalingReport(PrintWriter out) {
    this.out = out;
  }

  void header(String corpusName, Corpus corpus, double modelSeconds, double warmup, double minimum, double budget) {
    line("corpus    %s: %d articles, %.2f MB of text%n", corpusName, corpus.size(), corpus.totalUtf8Bytes() / 1e6);
    Runtime rt = Runtime.getRuntime();
    line("java      %s %s, %d cores, max heap %.0f MB; models loaded in %.2f s%n", Runtime.version(),
        System.getProperty("java.vm.name"), rt.availableProcessors(), rt.maxMemory() / 1e6, modelSeconds);
    line("run       warm-up %s s on the articles; each input extracted for %s s or once, whichever is longer;"
            + " a size projected to take over %s s an article is skipped%n%n",
        BenchReport.seconds(warmup), BenchReport.seconds(minimum), BenchReport.seconds(budget));
    line("%s%n", HEADER);
    out.flush();
  }

  /**
   * One input's row. The first row is the baseline of the per-MB column (the articles at their usual
   * length); {@code smaller} is the same input's previous size, or null.
   */
  void row(Measurement m, Measurement smaller) {
    if (Double.isNaN(baselineMsPerMegabyte)) {
      baselineMsPerMegabyte = m.msPerMegabyte();
    }
    String growth = "-";
    if (smaller != null) {
      double k = m.growthFrom(smaller);
      growth = String.format(Locale.ROOT, "%.2f", k);
      if (k >= NOT_LINEAR) {
        notLinear.add(String.format(Locale.ROOT, "%s: growth %.2f from %s (%.1f ms) to %s (%.1f ms)", m.name(), k,
            ScalingInputs.size(smaller.bytesPerText()), smaller.msPerText(), ScalingInputs.size(m.bytesPerText()),
            m.msPerText()));
      }
    }
    line("%-35s %9d %13s %12.3f %11.1f %9.2f %7s %12d%n", m.name(), m.texts(), ScalingInputs.size(m.bytesPerText()),
        m.msPerText(), m.msPerMegabyte(), m.msPerMegabyte() / baselineMsPerMegabyte, growth, m.quotesPerPass());
    out.flush();
  }

  /** A size not run: the growth so far projects it past the budget. */
  void skipped(String name, int texts, double bytesPerText, double projectedSeconds, double growth, double budget) {
    line("%-35s %9d %13s   skipped: about %.0f s an article projected at growth %.2f, over the %s s budget%n", name, texts,
        ScalingInputs.size(bytesPerText), projectedSeconds, growth, BenchReport.seconds(budget));
    notLinear.add(String.format(Locale.ROOT, "%s: skipped, about %.0f s projected", name, projectedSeconds));
    out.flush();
  }

  void footer() {
    line("%ngrowth: k in time per article ~ size^k, from the same input's previous size (1 linear, 2 quadratic)%n");
    if (notLinear.isEmpty()) {
      line("not linear (growth %.1f or more): none%n", NOT_LINEAR);
    } else {
      line("not linear (growth %.1f or more):%n", NOT_LINEAR);
      notLinear.forEach(s -> line("  %s%n", s));
    }
    out.flush();
  }

  private void line(String format, Object... args) {
    out.printf(Locale.ROOT, format, args);
  }
}
