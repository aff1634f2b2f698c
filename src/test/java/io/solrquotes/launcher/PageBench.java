package io.solrquotes.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the quote search page in headless Chromium on what the index holds: loading the page afresh,
 * then clicking a speaker in its facet. Each round loads the page and clicks the next of the top
 * speakers; the first rounds warm Solr's caches and the browser up and are not counted. Prints the
 * median and the slowest of each, from the browser's side (click to view shown, WebDriver's round trips
 * included) and from the page's (its requests sent to its view drawn).
 */
final class PageBench {

  private static final int WARM_UP_ROUNDS = 3;

  private final PrintStream out;

  PageBench(PrintStream out) {
    this.out = out;
  }

  /** Runs {@code rounds} measured rounds on the page at {@code address}; saves its first view to {@code screenshot} if not null. */
  void run(String address, int rounds, Path screenshot) throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1200, 800)) {
      QuotePage page = new QuotePage(chromium.driver(), address);
      List<double[]> loads = new ArrayList<>();
      List<double[]> clicks = new ArrayList<>();
      for (int r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
        long start = System.nanoTime();
        page.open("");
        double load = (System.nanoTime() - start) / 1e6;
        double loadSearch = page.lastSearchMs();
        List<String> speakers = List.copyOf(page.facet("speaker").keySet());
        if (speakers.isEmpty()) {
          throw new LauncherException("the page shows no speakers: index articles with quotations first");
        }
        String speaker = speakers.get(r % Math.min(10, speakers.size()));
        double click = page.clickFacet("speaker", speaker);
        if (r >= WARM_UP_ROUNDS) {
          loads.add(new double[] {load, loadSearch});
          clicks.add(new double[] {click, page.lastSearchMs()});
        }
      }
      out.printf(Locale.ROOT, "%nThe quote search page in headless Chromium, %d rounds after %d of warm-up:%n", rounds, WARM_UP_ROUNDS);
      print("page loaded", loads);
      print("speaker clicked", clicks);
      page.open("");
      List<String> top = page.facet("speaker").entrySet().stream().limit(3).map(e -> e.getKey() + " " + e.getValue()).toList();
      out.printf(Locale.ROOT, "  its speaker facet begins: %s%n", String.join(", ", top));
      if (screenshot != null) {
        page.screenshot(screenshot);
        out.printf(Locale.ROOT, "  screenshot of its first view: %s%n", screenshot);
      }
    }
  }

  private void print(String what, List<double[]> times) {
    double[] browser = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
    double[] pageSide = times.stream().mapToDouble(t -> t[1]).sorted().toArray();
    out.printf(Locale.ROOT, "  %-16s median %4.0f ms, slowest %4.0f ms (the page's own searches: median %4.0f ms, slowest %4.0f ms)%n",
        what, median(browser), browser[browser.length - 1], median(pageSide), pageSide[pageSide.length - 1]);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
