package io.solrquotes.cli;

import io.solrquotes.extract.QuoteExtractor;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One benchmark thread: its own {@link QuoteExtractor} over the shared models, cycling through the
 * corpus from its own starting article; warm-up, then a measured window. All threads start together
 * (the barrier's action sets the common start time); any failure stops them all.
 */
final class BenchWorker implements Callable<WorkerResult> {

  private final Corpus corpus;
  private final Supplier<QuoteExtractor> extractors;
  private final int firstArticle;
  private final CyclicBarrier ready;
  private final AtomicLong startNanos;
  private final long warmupNanos;
  private final long measureNanos;
  private final AllocationMeter allocation;
  private final AtomicBoolean failed;

  BenchWorker(
      Corpus corpus,
      Supplier<QuoteExtractor> extractors,
      int firstArticle,
      CyclicBarrier ready,
      AtomicLong startNanos,
      long warmupNanos,
      long measureNanos,
      AllocationMeter allocation,
      AtomicBoolean failed) {
    this.corpus = corpus;
    this.extractors = extractors;
    this.firstArticle = firstArticle;
    this.ready = ready;
    this.startNanos = startNanos;
    this.warmupNanos = warmupNanos;
    this.measureNanos = measureNanos;
    this.allocation = allocation;
    this.failed = failed;
  }

  @Override
  public WorkerResult call() throws Exception {
    try {
      return run();
    } catch (Exception | Error e) {
      failed.set(true);
      throw e;
    }
  }

  private WorkerResult run() throws Exception {
    QuoteExtractor extractor = extractors.get();
    int n = corpus.size();
    int[] quoteCounts = new int[n];
    Arrays.fill(quoteCounts, -1);
    LatencyHistogram latencies = new LatencyHistogram();
    long mismatches = 0;

    ready.await();
    long warmupEnd = startNanos.get() + warmupNanos;
    long measureEnd = warmupEnd + measureNanos;
    int i = firstArticle;
    while (System.nanoTime() - warmupEnd < 0 && !failed.get()) {
      mismatches += note(quoteCounts, i, extractor.extract(corpus.text(i)).size());
      i = (i + 1) % n;
    }

    long allocatedBefore = allocation.currentThreadBytes();
    long begin = System.nanoTime();
    long end;
    long articles = 0;
    long bytes = 0;
    do { // at least one article, however long the warm-up's last one took
      long before = System.nanoTime();
      int found = extractor.extract(corpus.text(i)).size();
      end = System.nanoTime();
      latencies.record(end - before);
      articles++;
      bytes += corpus.utf8Bytes(i);
      mismatches += note(quoteCounts, i, found);
      i = (i + 1) % n;
    } while (end - measureEnd < 0 && !failed.get());
    long allocated =
        allocation.available() ? allocation.currentThreadBytes() - allocatedBefore : -1;
    return new WorkerResult(
        articles, bytes, end - begin, allocated, latencies, quoteCounts, mismatches);
  }

  /** Records the article's quote count; 1 if it differs from an earlier pass, else 0. */
  private static int note(int[] quoteCounts, int article, int found) {
    if (quoteCounts[article] < 0) {
      quoteCounts[article] = found;
      return 0;
    }
    return quoteCounts[article] == found ? 0 : 1;
  }
}
