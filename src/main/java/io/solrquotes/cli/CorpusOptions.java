package io.solrquotes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What {@code bench} and {@code bench-scaling} both take: the corpus, and whether claims are found too (as {@code extract}: unless {@code --no-claims}). */
final class CorpusOptions {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CORPUS.jsonl",
      defaultValue = "../shared/eval-data/news-corpus.jsonl",
      description = "one {\"text\": ...} article a line (default: ${DEFAULT-VALUE})")
  Path corpusFile;

  @Mixin ClaimsOption claims;
}
