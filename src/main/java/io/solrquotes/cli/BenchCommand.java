package io.solrquotes.cli;

import io.solrquotes.extract.QuoteExtractor;
import io.solrquotes.nlp.NlpModels;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code solr-quotes bench}: extraction throughput, latency and allocation over an in-memory
 * corpus, for one or more thread counts. Prints measurements only; it asserts nothing.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures extraction speed, latency and allocation.",
      "Runs the extractor over a JSON-lines corpus held in memory and prints articles/s, MB/s of"
          + " UTF-8 text, p50/p99 ms per article, quotes per pass, allocation rate and heap after"
          + " GC.",
      "MB = 10^6 bytes."
    })
final class BenchCommand implements Callable<Integer> {

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions source;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      paramLabel = "S",
      description = "warm-up before each measurement (default: ${DEFAULT-VALUE})")
  private double warmupSeconds;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      paramLabel = "S",
      description = "measured time per thread count (default: ${DEFAULT-VALUE})")
  private double seconds;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "extraction threads, each with its own extractor; a list such as 1,2 runs each in turn"
              + " and reports the scaling (default: ${DEFAULT-VALUE})")
  private List<Integer> threads;

  @Override
  public Integer call() throws CliException {
    validate();
    Corpus corpus = Corpus.load(source.corpusFile);
    long loadStart = System.nanoTime();
    NlpModels models = Models.english();
    double modelSeconds = (System.nanoTime() - loadStart) / 1e9;

    PrintWriter err = main.err();
    BenchReport report =
        new BenchReport(
            new PrintWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8)));
    report.header(source.corpusFile.toString(), corpus, modelSeconds, warmupSeconds, seconds);
    BenchRunner runner =
        new BenchRunner(
            corpus,
            () -> new QuoteExtractor(models, source.claims.on()),
            nanos(warmupSeconds),
            nanos(seconds),
            AllocationMeter.create(),
            err);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<BenchResult> results = new ArrayList<>();
    for (int n : threads) {
      memory.gc(); // each measurement starts from a collected heap
      err.printf(
          Locale.ROOT,
          "bench: %d thread%s: warm-up %s s, measuring %s s%n",
          n,
          n == 1 ? "" : "s",
          BenchReport.seconds(warmupSeconds),
          BenchReport.seconds(seconds));
      BenchResult result = runner.run(n);
      results.add(result);
      report.row(result);
    }
    memory.gc();
    long heapUsed = memory.getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(corpus); // held until here, so the heap figure includes them
    Reference.reachabilityFence(models);
    report.footer(results, corpus.size(), heapUsed);
    return 0;
  }

  private void validate() {
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new ParameterException(spec.commandLine(), "--seconds must be above 0: " + seconds);
    }
    if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
      throw new ParameterException(
          spec.commandLine(), "--warmup-seconds must be 0 or more: " + warmupSeconds);
    }
    for (int n : threads) {
      if (n < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be 1 or more: " + n);
      }
    }
  }

  private static long nanos(double seconds) {
    return Math.round(seconds * 1e9);
  }
}
