package io.solrquotes.cli;

import io.solrquotes.extract.Quote;
import io.solrquotes.extract.QuoteKind;
import io.solrquotes.extract.QuoteExtractor;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code solr-quotes show}: the quotations and claims of a few articles, grouped by speaker, for reading. Each
 * distinct quotation of a speaker is listed once, with how often the articles repeat it.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the quotations and claims of articles by speaker, most quoted first.",
      "Reads .txt files (one article, first line the title), .jsonl files (one"
          + " {\"id\",\"title\",\"text\"} article a line) and folders of them."
    })
final class ShowCommand implements Callable<Integer> {

  private static final String NO_SPEAKER = "(no speaker found)";

  @ParentCommand private Main main;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE|FOLDER",
      description = "articles to read (default: seeds)")
  private List<Path> paths = new ArrayList<>(List.of(Path.of("seeds")));

  @Mixin private ClaimsOption claims;

  @Mixin private AliasOption aliases;

  @Option(
      names = "--min-confidence",
      defaultValue = "0",
      description = "leave out quotations below this confidence (0 to 1; default: ${DEFAULT-VALUE})")
  private double minConfidence;

  /** One distinct quotation of one speaker, with where it was found. */
  private static final class Said {
    final String text;
    final String title;
    final String cue;
    int times = 1;

    final boolean claim;

    Said(String text, String title, String cue, boolean claim) {
      this.text = text;
      this.title = title;
      this.cue = cue;
      this.claim = claim;
    }
  }

  @Override
  public Integer call() throws CliException {
    QuoteExtractor extractor = new QuoteExtractor(Models.english(), claims.on(), aliases.load());
    Map<String, Map<String, Said>> bySpeaker = new LinkedHashMap<>();
    int[] counts = new int[3]; // articles, quotations, claims
    new ArticleFiles()
        .read(
            paths,
            (file, article) -> {
              counts[0]++;
              String title = article.title() != null ? article.title() : file.getFileName().toString();
              for (Quote q : extractor.extract(article.text())) {
                if (q.confidence() < minConfidence) {
                  continue;
                }
                boolean claim = q.kind() == QuoteKind.CLAIM;
                counts[claim ? 2 : 1]++;
                String speaker = q.speaker() != null ? q.speaker() : NO_SPEAKER;
                Map<String, Said> quotes = bySpeaker.computeIfAbsent(speaker, s -> new LinkedHashMap<>());
                Said said = quotes.get(q.text());
                if (said == null) {
                  quotes.put(q.text(), new Said(q.text(), title, q.cue(), claim));
                } else {
                  said.times++;
                }
              }
            });
    print(bySpeaker, counts[0], counts[1], counts[2]);
    return 0;
  }

  private void print(Map<String, Map<String, Said>> bySpeaker, int articles, int quotations, int claimCount) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(main.out(), StandardCharsets.UTF_8), true);
    int distinct = bySpeaker.values().stream().mapToInt(Map::size).sum();
    out.printf(
        Locale.ROOT,
        "%d article%s, %d quotation%s, %d claim%s (%d distinct), %d speaker%s%n",
        articles, plural(articles), quotations, plural(quotations), claimCount, plural(claimCount), distinct,
        bySpeaker.size() - (bySpeaker.containsKey(NO_SPEAKER) ? 1 : 0),
        plural(bySpeaker.size()));
    List<Map.Entry<String, Map<String, Said>>> speakers = new ArrayList<>(bySpeaker.entrySet());
    speakers.sort(
        Comparator.comparing((Map.Entry<String, Map<String, Said>> e) -> e.getKey().equals(NO_SPEAKER))
            .thenComparing(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Map<String, Said>> e : speakers) {
      out.printf(Locale.ROOT, "%n%s (%d)%n", e.getKey(), e.getValue().size());
      for (Said s : e.getValue().values()) {
        String times = s.times > 1 ? String.format(Locale.ROOT, " (x%d)", s.times) : "";
        String cue = s.cue != null ? s.cue + ": " : "";
        String said = s.claim ? "claim, " + cue + s.text : cue + "\"" + s.text + "\"";
        out.printf(Locale.ROOT, "  %s%s%n      in: %s%n", said, times, s.title);
      }
    }
    out.flush();
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }
}
