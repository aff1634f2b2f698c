package io.solrquotes.cli;

import io.solrquotes.cli.ScalingInputs.Generated;
import io.solrquotes.cli.ScalingInputs.Input;
import io.solrquotes.cli.ScalingReport.Measurement;
import io.solrquotes.extract.QuoteExtractor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code solr-quotes bench-scaling}: how extraction time grows with an article's length, on one
 * thread, without Solr. Prints measurements only; it asserts nothing.
 */
@Command(
    name = "bench-scaling",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how extraction time grows with an article's length.",
      "Times the extractor on one thread over: the corpus's articles at 1x and at --factors times their"
          + " length (consecutive articles joined as paragraphs); one paragraph of corpus text without"
          + " line breaks (--paragraph-bytes); and generated worst cases of --repeats units each: opening"
          + " marks never closed, many quotations in one paragraph, and runs of spaces, quotation marks,"
          + " dots and commas, capitalised words and initials after an attribution. Prints ms per article"
          + " and per MB, the per-MB time against the 1x articles', and the growth k (time ~ size^k)"
          + " from the same input's previous size: 1 is linear, 2 quadratic.",
      "MB = 10^6 bytes of UTF-8 text."
    })
final class ScalingCommand implements Callable<Integer> {

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Mixin private CorpusOptions source;

  @Option(
      names = "--factors",
      split = ",",
      defaultValue = "10,100",
      paramLabel = "N",
      description = "article lengths to time besides 1x, as multiples (default: ${DEFAULT-VALUE})")
  private List<Integer> factors;

  @Option(
      names = "--paragraph-bytes",
      split = ",",
      defaultValue = "100000,1000000",
      paramLabel = "BYTES",
      description = "sizes of the paragraph without line breaks (default: ${DEFAULT-VALUE})")
  private List<Integer> paragraphBytes;

  @Option(
      names = "--repeats",
      split = ",",
      defaultValue = "1000,10000,100000",
      paramLabel = "N",
      description = "sizes of the generated inputs: marks, quotations, run lengths (default: ${DEFAULT-VALUE})")
  private List<Integer> repeats;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "10",
      paramLabel = "S",
      description = "warm-up on the corpus's articles first (default: ${DEFAULT-VALUE})")
  private double warmupSeconds;

  @Option(
      names = "--min-seconds",
      defaultValue = "2",
      paramLabel = "S",
      description = "each input is extracted again and again for this long, or once if that takes longer"
          + " (default: ${DEFAULT-VALUE})")
  private double minSeconds;

  @Option(
      names = "--budget-seconds",
      defaultValue = "60",
      paramLabel = "S",
      description = "a size whose time per article, projected from the growth so far (quadratic before two"
          + " sizes tell), would pass this is skipped (default: ${DEFAULT-VALUE})")
  private double budgetSeconds;

  @Override
  public Integer call() throws CliException {
    validate();
    Corpus corpus = Corpus.load(source.corpusFile);
    long loadStart = System.nanoTime();
    QuoteExtractor extractor = new QuoteExtractor(Models.english(), source.claims.on());
    double modelSeconds = (System.nanoTime() - loadStart) / 1e9;
    PrintWriter err = main.err();
    ScalingReport report =
        new ScalingReport(new PrintWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8)));
    report.header(source.corpusFile.toString(), corpus, modelSeconds, warmupSeconds, minSeconds, budgetSeconds);

    err.printf(Locale.ROOT, "bench-scaling: warm-up %s s%n", BenchReport.seconds(warmupSeconds));
    warmUp(extractor, corpus);
    for (List<Input> family : families(corpus)) {
      List<Measurement> done = new ArrayList<>();
      for (Input input : family) {
        double bytesPerText = (double) input.utf8Bytes() / input.texts().size();
        Measurement smaller = done.isEmpty() ? null : done.get(done.size() - 1);
        if (smaller != null) {
          // the growth between the last two sizes, never below linear; quadratic until two sizes tell
          double growth = done.size() < 2 ? 2 : Math.max(1, smaller.growthFrom(done.get(done.size() - 2)));
          double projected = smaller.msPerText() / 1e3 * Math.pow(bytesPerText / smaller.bytesPerText(), growth);
          if (projected > budgetSeconds) {
            report.skipped(input.name(), input.texts().size(), bytesPerText, projected, growth, budgetSeconds);
            continue;
          }
        }
        err.printf(Locale.ROOT, "bench-scaling: %s%n", input.name());
        err.flush();
        Measurement m = measure(extractor, input, bytesPerText);
        report.row(m, smaller);
        done.add(m);
      }
    }
    report.footer();
    return 0;
  }

  /** The inputs, by family, each family's sizes in ascending order; the 1x articles first. */
  private List<List<Input>> families(Corpus corpus) {
    List<List<Input>> families = new ArrayList<>();
    List<Input> articles = new ArrayList<>();
    TreeSet<Integer> lengths = new TreeSet<>(factors);
    lengths.add(1);
    lengths.forEach(f -> articles.add(ScalingInputs.articles(corpus, f)));
    families.add(articles);
    families.add(new TreeSet<>(paragraphBytes).stream().map(b -> ScalingInputs.paragraph(corpus, b)).toList());
    for (Generated g : Generated.values()) {
      families.add(new TreeSet<>(repeats).stream().map(g::of).toList());
    }
    return families;
  }

  private void warmUp(QuoteExtractor extractor, Corpus corpus) {
    long end = System.nanoTime() + Math.round(warmupSeconds * 1e9);
    for (int i = 0; System.nanoTime() - end < 0; i = (i + 1) % corpus.size()) {
      extractor.extract(corpus.text(i));
    }
  }

  /** Whole passes over the input until the minimum time has gone by. */
  private Measurement measure(QuoteExtractor extractor, Input input, double bytesPerText) {
    long start = System.nanoTime();
    long deadline = start + Math.round(minSeconds * 1e9);
    long extracted = 0;
    long quotes = -1;
    long now;
    do {
      long found = 0;
      for (String text : input.texts()) {
        found += extractor.extract(text).size();
      }
      extracted += input.texts().size();
      quotes = quotes < 0 ? found : quotes;
      now = System.nanoTime();
    } while (now - deadline < 0);
    return new Measurement(input.name(), input.texts().size(), bytesPerText, extracted, now - start, quotes);
  }

  private void validate() {
    if (!(minSeconds >= 0) || Double.isInfinite(minSeconds)) {
      throw new ParameterException(spec.commandLine(), "--min-seconds must be 0 or more: " + minSeconds);
    }
    if (!(warmupSeconds >= 0) || Double.isInfinite(warmupSeconds)) {
      throw new ParameterException(spec.commandLine(), "--warmup-seconds must be 0 or more: " + warmupSeconds);
    }
    if (!(budgetSeconds > 0)) {
      throw new ParameterException(spec.commandLine(), "--budget-seconds must be above 0: " + budgetSeconds);
    }
    for (List<Integer> sizes : List.of(factors, paragraphBytes, repeats)) {
      for (int n : sizes) {
        if (n < 1) {
          throw new ParameterException(spec.commandLine(), "--factors, --paragraph-bytes and --repeats take numbers of 1 or more: " + n);
        }
      }
    }
  }
}
