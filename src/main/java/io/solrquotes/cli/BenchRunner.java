package io.solrquotes.cli;

import io.solrquotes.extract.QuoteExtractor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs one benchmark measurement: N {@link BenchWorker}s on a pool of their own, which is shut down
 * whatever happens.
 */
final class BenchRunner {

  private final Corpus corpus;
  private final Supplier<QuoteExtractor> extractors;
  private final long warmupNanos;
  private final long measureNanos;
  private final AllocationMeter allocation;
  private final PrintWriter err;

  BenchRunner(
      Corpus corpus,
      Supplier<QuoteExtractor> extractors,
      long warmupNanos,
      long measureNanos,
      AllocationMeter allocation,
      PrintWriter err) {
    this.corpus = corpus;
    this.extractors = extractors;
    this.warmupNanos = warmupNanos;
    this.measureNanos = measureNanos;
    this.allocation = allocation;
    this.err = err;
  }

  BenchResult run(int threads) throws CliException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    AtomicBoolean failed = new AtomicBoolean();
    try {
      CompletionService<WorkerResult> done = new ExecutorCompletionService<>(pool);
      AtomicLong start = new AtomicLong();
      CyclicBarrier ready = new CyclicBarrier(threads, () -> start.set(System.nanoTime()));
      for (int t = 0; t < threads; t++) {
        int first = (int) ((long) t * corpus.size() / threads); // threads start apart
        done.submit(
            new BenchWorker(
                corpus,
                extractors,
                first,
                ready,
                start,
                warmupNanos,
                measureNanos,
                allocation,
                failed));
      }
      List<WorkerResult> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(done.take().get()); // in completion order: the first failure ends the wait
      }
      return BenchResult.of(threads, workers, corpus.size());
    } catch (ExecutionException e) {
      throw new CliException("a benchmark thread failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted");
    } finally {
      failed.set(true); // stops the threads still extracting
      pool.shutdownNow(); // and frees those still waiting at the barrier
      awaitTermination(pool);
    }
  }

  private void awaitTermination(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        err.println("bench: warning: benchmark threads still running");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "bench-" + count.incrementAndGet());
      thread.setDaemon(true); // a stuck extraction must not keep the JVM alive
      return thread;
    };
  }
}
