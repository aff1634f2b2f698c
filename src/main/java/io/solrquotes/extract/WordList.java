package io.solrquotes.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A word list bundled with the extractor: its lines, without comments ('#' on) and blank lines. */
final class WordList {

  private WordList() {}

  /** The trimmed non-blank lines of the resource {@code name} next to this class. */
  static List<String> lines(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list not bundled: " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String kept = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!kept.isEmpty()) {
          out.add(kept);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  /** The key a word or name is looked up by: lower case, curly apostrophes straightened. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
