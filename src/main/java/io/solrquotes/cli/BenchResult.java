package io.solrquotes.cli;

import java.util.List;

/**
 * The figures for one thread count, summed over its threads.
 *
 * @param threads thread count
 * @param articlesPerSecond extraction throughput
 * @param megabytesPerSecond the same in MB (10^6 bytes) of UTF-8 text
 * @param p50Millis median time per article
 * @param p99Millis 99th percentile time per article
 * @param quotesPerPass quotes found in one pass over the corpus, or -1 if some article was never
 *     extracted in the run
 * @param articlesSeen corpus articles extracted at least once
 * @param allocatedMegabytesPerSecond allocation rate, or -1 when the JVM cannot tell
 * @param mismatches how often an article's quote count differed between passes or threads (should
 *     be 0: the extractor is deterministic and each thread has its own)
 */
record BenchResult(
    int threads,
    double articlesPerSecond,
    double megabytesPerSecond,
    double p50Millis,
    double p99Millis,
    long quotesPerPass,
    int articlesSeen,
    double allocatedMegabytesPerSecond,
    long mismatches) {

  static BenchResult of(int threads, List<WorkerResult> workers, int corpusSize) {
    double articles = 0;
    double bytes = 0;
    double allocated = 0;
    boolean allocationKnown = true;
    long mismatches = 0;
    LatencyHistogram latencies = new LatencyHistogram();
    for (WorkerResult w : workers) {
      double seconds = Math.max(w.elapsedNanos(), 1) / 1e9;
      articles += w.articles() / seconds;
      bytes += w.utf8Bytes() / seconds;
      allocationKnown &= w.allocatedBytes() >= 0;
      allocated += w.allocatedBytes() / seconds;
      latencies.add(w.latencies());
      mismatches += w.mismatches();
    }
    long quotes = 0;
    int seen = 0;
    for (int i = 0; i < corpusSize; i++) {
      int count = -1;
      for (WorkerResult w : workers) {
        int c = w.quoteCounts()[i];
        if (c >= 0 && count >= 0 && c != count) {
          mismatches++;
        }
        count = count < 0 ? c : count;
      }
      if (count >= 0) {
        seen++;
        quotes += count;
      }
    }
    return new BenchResult(
        threads,
        articles,
        bytes / 1e6,
        latencies.percentile(0.50) / 1e6,
        latencies.percentile(0.99) / 1e6,
        seen == corpusSize ? quotes : -1,
        seen,
        allocationKnown ? allocated / 1e6 : -1,
        mismatches);
  }
}
