package io.solrquotes.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.solrquotes.launcher.IndexBench.Chain;
import io.solrquotes.launcher.IndexBench.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and table, on made-up passes (no Solr, no timing). */
class IndexBenchTest {

  private static Pass pass(String name, boolean warmUp, Chain chain, double seconds, long quotations) {
    return new Pass(name, warmUp, chain, 1000, 2_000_000, seconds, seconds / 4, 1.5 * seconds, quotations);
  }

  private static final List<Pass> PASSES =
      List.of(
          pass("warm-up 1", true, Chain.PLAIN, 9.0, 0),
          pass("warm-up 1", true, Chain.QUOTES, 90.0, 50),
          pass("round 1", false, Chain.PLAIN, 2.0, 0),
          pass("round 1", false, Chain.QUOTES, 5.0, 50),
          pass("round 2", false, Chain.QUOTES, 4.0, 50),
          pass("round 2", false, Chain.PLAIN, 1.0, 0),
          pass("round 3", false, Chain.PLAIN, 4.0, 0),
          pass("round 3", false, Chain.QUOTES, 8.0, 50));

  @Test
  void theMedianAndBestOfTheMeasuredRoundsLeaveTheWarmUpsOut() {
    IndexBench.Summary plain = IndexBench.summarize(PASSES, Chain.PLAIN);
    assertEquals(3, plain.rounds());
    assertEquals(2.0, plain.medianSeconds());
    assertEquals(1.0, plain.bestSeconds());
    assertEquals(500.0, plain.articlesPerSecond());
    assertEquals(1.0, plain.megabytesPerSecond());
    assertEquals(1000.0, plain.bestArticlesPerSecond());

    IndexBench.Summary quotes = IndexBench.summarize(PASSES, Chain.QUOTES);
    assertEquals(5.0, quotes.medianSeconds());
    assertEquals(4.0, quotes.bestSeconds());
    assertEquals(7.5, quotes.medianCpuSeconds());
    assertEquals(50, quotes.quotations());
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
    List<Pass> two = List.of(pass("round 1", false, Chain.PLAIN, 2.0, 0), pass("round 2", false, Chain.PLAIN, 3.0, 0));
    assertEquals(2.5, IndexBench.summarize(two, Chain.PLAIN).medianSeconds());
    assertEquals(3.75, IndexBench.summarize(two, Chain.PLAIN).medianCpuSeconds());
    assertNull(IndexBench.summarize(two, Chain.QUOTES));
  }

  @Test
  void theTableGivesBothChainsAndTheirRatio() {
    assertEquals("  round 2    quotes      4.00      1.00    6.00       250.0    0.50          50", IndexBench.passLine(PASSES.get(4)));
    assertEquals(
        List.of(
            "  chain   rounds  median wall s  articles/s    MB/s  best articles/s  median CPU s    children",
            "  plain        3           2.00       500.0    1.00           1000.0          3.00           0",
            "  quotes       3           5.00       200.0    0.40            250.0          7.50          50",
            "",
            "quotes / plain: 0.40 of the plain chain's throughput (median rounds; best rounds: 0.25); the target is 0.40 or"
                + " more: met"),
        IndexBench.summaryLines(PASSES));
  }

  @Test
  void onlyThePlainChainTurnsExtractionOff() {
    assertEquals("false", Chain.PLAIN.params().get("quotes.enabled"));
    assertNull(Chain.QUOTES.params().get("quotes.enabled"));
  }
}
