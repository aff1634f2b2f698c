package io.solrquotes.cli;

import io.solrquotes.extract.Quote;
import io.solrquotes.extract.QuoteExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code solr-quotes extract}: streams JSON-lines articles through the quotation extractor, one
 * output line per input article, in input order.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the quotations and claims in JSON-lines articles.",
      "Reads one JSON article a line, {\"id\": ..., \"text\": ...} (other fields ignored, blank"
          + " lines skipped), and writes one line per article: {\"id\": ..., \"quotes\": [...]}.",
      "Input and output are UTF-8. '-' is standard input or output."
    })
final class ExtractCommand implements Callable<Integer> {

  private static final String STD = "-";

  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = STD,
      paramLabel = "IN.jsonl|-",
      description = "articles to read (default: standard input)")
  private String input;

  @Parameters(
      index = "1",
      arity = "0..1",
      defaultValue = STD,
      paramLabel = "OUT.jsonl|-",
      description = "where to write the quotes (default: standard output)")
  private String output;

  @Option(
      names = "--skip-bad",
      description =
          "report malformed lines on stderr and skip them, instead of stopping at the first")
  private boolean skipBad;

  @Mixin private ClaimsOption claims;

  @Mixin private AliasOption aliases;

  @Option(names = "--progress", description = "show progress even when stderr is not a terminal")
  private boolean progress;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress line and no summary (errors are still reported)")
  private boolean quiet;

  private final ArticleParser parser = new ArticleParser();

  private long articles;
  private long quotes;
  private long skipped;

  @Override
  public Integer call() throws CliException {
    long started = System.nanoTime();
    checkNotSameFile();
    try (Utf8LineReader reader = new Utf8LineReader(openInput());
        QuoteJsonWriter writer = new QuoteJsonWriter(openOutput(), !STD.equals(output))) {
      QuoteExtractor extractor = new QuoteExtractor(Models.english(), claims.on(), aliases.load());
      boolean showProgress = !quiet && (progress || main.errIsTerminal());
      Progress shown = new Progress(main.err(), showProgress, System::nanoTime);
      try {
        for (Article a = next(reader, shown); a != null; a = next(reader, shown)) {
          List<Quote> found = extract(extractor, a, reader.lineNumber());
          writer.write(a.id(), found);
          articles++;
          quotes += found.size();
          shown.update(articles);
        }
      } finally {
        shown.clear(); // before the summary or an error message
      }
    } catch (FileSystemException e) {
      throw CliException.of(e);
    } catch (IOException e) {
      throw new CliException("I/O error: " + (e.getMessage() != null ? e.getMessage() : e), e);
    }
    if (!quiet) {
      double seconds = (System.nanoTime() - started) / 1e9;
      String summary =
          String.format(
              Locale.ROOT, "extract: %d articles, %d quotes, %.1f s", articles, quotes, seconds);
      main.err().println(skipBad ? summary + ", " + skipped + " bad lines skipped" : summary);
    }
    return 0;
  }

  /**
   * The next article, or null at the end; a bad line stops the run, or with --skip-bad is skipped.
   */
  private Article next(Utf8LineReader reader, Progress shown) throws IOException, CliException {
    while (true) {
      try {
        String line = reader.readLine();
        if (line == null) {
          return null;
        }
        if (!line.isBlank()) {
          return parser.parse(line);
        }
      } catch (BadLineException e) {
        String where = inputName() + ", line " + reader.lineNumber() + ": " + e.getMessage();
        if (!skipBad) {
          throw new CliException(where);
        }
        skipped++;
        shown.clear();
        main.err().println("skipped " + where);
      }
    }
  }

  private List<Quote> extract(QuoteExtractor extractor, Article article, long line)
      throws CliException {
    try {
      return extractor.extract(article.text());
    } catch (RuntimeException e) { // a bug, not bad input: with its stack trace, even --skip-bad
      throw new CliException(
          inputName() + ", line " + line + " (id " + article.id() + "): the extractor failed: " + e,
          e);
    }
  }

  private String inputName() {
    return STD.equals(input) ? "<stdin>" : input;
  }

  private InputStream openInput() throws IOException {
    return STD.equals(input) ? main.in() : Files.newInputStream(Path.of(input));
  }

  private OutputStream openOutput() throws IOException {
    return STD.equals(output) ? main.out() : Files.newOutputStream(Path.of(output));
  }

  /** Writing the input over would destroy it before it is read. */
  private void checkNotSameFile() {
    if (STD.equals(input) || STD.equals(output)) {
      return;
    }
    Path in = Path.of(input);
    Path out = Path.of(output);
    try {
      if (Files.exists(out) && Files.isSameFile(in, out)) {
        throw new ParameterException(
            spec.commandLine(), "input and output are the same file: " + output);
      }
    } catch (IOException e) {
      // the input is missing or unreadable: reported when it is opened
    }
  }
}
