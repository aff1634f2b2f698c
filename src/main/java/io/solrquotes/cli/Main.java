package io.solrquotes.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code solr-quotes} command: {@code extract} finds the quotations in JSON-lines articles,
 * {@code bench} measures extraction throughput, {@code bench-scaling} how extraction time grows with
 * an article's length.
 *
 * <p>Exit codes: 0 success, 1 runtime or input error, 2 usage error.
 */
@Command(
    name = "solr-quotes",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersionProvider.class,
    description = "Finds quotations and who said them in news articles.",
    subcommands = {
      ShowCommand.class,
      ExtractCommand.class,
      BenchCommand.class,
      ScalingCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Spec private CommandSpec spec;

  private final InputStream in;
  private final OutputStream out;
  private final PrintWriter err;
  private final boolean errIsTerminal;

  private Main(InputStream in, OutputStream out, PrintWriter err, boolean errIsTerminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // The raw descriptor, not System.out: a PrintStream hides write errors such as a full disk.
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintWriter stderr = new PrintWriter(System.err, true);
    System.exit(execute(System.in, stdout, stderr, Terminal.stderrIsTerminal(), args));
  }

  /**
   * Runs the command on the given streams, for embedding and tests.
   *
   * @param in standard input ({@code -} as input file)
   * @param out standard output ({@code -} as output file, tables, help); flushed, not closed
   * @param err messages, progress and summaries
   * @param errIsTerminal whether {@code err} is shown on a terminal (enables progress)
   * @return the exit code: 0 success, 1 runtime or input error, 2 usage error
   */
  public static int execute(
      InputStream in, OutputStream out, PrintWriter err, boolean errIsTerminal, String... args) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    CommandLine cmd =
        new CommandLine(new Main(in, out, err, errIsTerminal))
            .setOut(outWriter)
            .setErr(err)
            .setExecutionExceptionHandler(Main::handleFailure);
    try {
      return cmd.execute(args);
    } finally {
      outWriter.flush();
      err.flush();
    }
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  private static int handleFailure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof CliException) {
      err.println(name + ": " + e.getMessage());
      Throwable cause = e.getCause();
      if (cause != null && !(cause instanceof IOException)) {
        cause.printStackTrace(err);
      }
    } else {
      err.println(name + ": unexpected error: " + e);
      e.printStackTrace(err);
    }
    err.flush();
    return cmd.getCommandSpec().exitCodeOnExecutionException();
  }

  InputStream in() {
    return in;
  }

  OutputStream out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean errIsTerminal() {
    return errIsTerminal;
  }
}
