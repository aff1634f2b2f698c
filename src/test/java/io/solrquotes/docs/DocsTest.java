package io.solrquotes.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md and the pages under {@code docs/}: every relative link and image points at a file of the
 * project, every {@code #anchor} at a heading of its page, README stays a short first page, and the
 * pages speak of the code, not of how it was made.
 */
class DocsTest {

  /** A Markdown link or image: {@code [text](target)}, {@code ![alt](target)}. */
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

  private static final int README_MAX_LINES = 220;

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The text outside fenced code blocks, where a link is a link. */
  private static String prose(Path page) throws IOException {
    StringBuilder out = new StringBuilder();
    boolean fenced = false;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
  static Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new HashSet<>();
    for (String line : prose(page).split("\n")) {
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
        anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages()) {
      Matcher m = LINK.matcher(prose(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("(?i)(https?|mailto):.*")) {
          continue;
        }
        checked++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target + " (no file " + resolved + ")");
        } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
          broken.add(page + ": " + target + " (no such heading in " + resolved.getFileName() + ")");
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(checked > 20, "links checked: " + checked);
  }

  @Test
  void anchorsAreThoseGitHubMakes() throws IOException {
    Path page = Files.createTempFile("docs-test", ".md");
    try {
      Files.writeString(page, "# Indexing: the plugin's cost in Solr\n## Solr 10\n```\n# not a heading\n```\n");
      assertEquals(Set.of("indexing-the-plugins-cost-in-solr", "solr-10"), anchors(page));
    } finally {
      Files.delete(page);
    }
  }

  @Test
  void theReadmeIsAShortFirstPage() throws IOException {
    long lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).size();
    assertTrue(lines <= README_MAX_LINES, "README.md has " + lines + " lines");
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("mvn -q -B package -DskipTests -Plaunch\n"), "the main job's command");
    assertTrue(readme.contains("mvn -B verify\n"), "the test command");
  }

  @Test
  void thePagesSpeakOfTheCodeNotOfItsMaking() throws IOException {
    Pattern making = Pattern.compile("(?i)\\bissues? #?\\d+|\\bsessions?\\b|given with the task|previous README");
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = making.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        found.add(page + ": " + m.group());
      }
    }
    assertEquals(List.of(), found);
  }
}
