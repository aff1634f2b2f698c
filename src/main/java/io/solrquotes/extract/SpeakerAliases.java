package io.solrquotes.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Other names of one speaker, read from a file in the style of Solr's synonyms files, so that a
 * facet shows one value a speaker: "Lib Dems" and "Liberal Democrats" as one.
 *
 * <pre>
 * # every name on the line is shown as the first one
 * Liberal Democrats, Lib Dems, Lib Dem
 * # the names left of =&gt; are shown as the one on the right
 * Vincent Cable =&gt; Vince Cable
 * </pre>
 *
 * <p>Names are matched whole, ignoring case and the difference between straight and curly
 * apostrophes. A name listed twice with different targets is an error. Immutable and thread-safe.
 */
public final class SpeakerAliases {

  /** No aliases. */
  public static final SpeakerAliases NONE = new SpeakerAliases(Map.of());

  /** The file bundled in the jar, a copy of the configset's {@code speaker-aliases.txt}. */
  public static final String BUNDLED = "speaker-aliases.txt";

  private final Map<String, String> targets;

  private SpeakerAliases(Map<String, String> targets) {
    this.targets = targets;
  }

  /** The aliases bundled with the extractor (the shipped configset's file). */
  public static SpeakerAliases bundled() {
    try (InputStream in = SpeakerAliases.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("alias file not bundled: " + BUNDLED);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an alias file.
   *
   * @param source the file's name, for error messages
   * @throws IllegalArgumentException naming the source and line of a malformed line
   */
  public static SpeakerAliases parse(Reader reader, String source) throws IOException {
    Map<String, String> targets = new HashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (content.isEmpty()) {
        continue;
      }
      String[] sides = content.split("=>", -1);
      if (sides.length > 2) {
        throw malformed(source, number, "more than one =>");
      }
      String[] names = names(sides[0], source, number);
      String target;
      if (sides.length == 2) {
        String[] right = names(sides[1], source, number);
        if (right.length != 1) {
          throw malformed(source, number, "one name must stand right of =>");
        }
        target = right[0];
      } else {
        target = names[0];
      }
      for (String name : names) {
        String previous = targets.put(key(name), target);
        if (previous != null && !previous.equals(target)) {
          throw malformed(source, number, "'" + name + "' is already an alias of '" + previous + "'");
        }
      }
      targets.putIfAbsent(key(target), target);
    }
    return new SpeakerAliases(Map.copyOf(targets));
  }

  private static String[] names(String side, String source, int line) {
    String[] names = side.split(",");
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].trim().replaceAll("\\s+", " ");
      if (names[i].isEmpty()) {
        throw malformed(source, line, "empty name");
      }
    }
    return names;
  }

  private static IllegalArgumentException malformed(String source, int line, String why) {
    return new IllegalArgumentException(
        String.format(Locale.ROOT, "%s line %d: %s", source, line, why));
  }

  private static String key(String name) {
    return WordList.key(name);
  }

  /** The name {@code name} is shown as: its alias target, or itself. {@code null} stays {@code null}. */
  public String canonical(String name) {
    if (name == null) {
      return null;
    }
    String target = targets.get(key(name));
    return target == null ? name : target;
  }

  /** How many names the file lists, targets included. */
  public int size() {
    return targets.size();
  }
}
