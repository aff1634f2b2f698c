package io.solrquotes.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The texts {@code bench-scaling} times: the corpus's articles at a multiple of their length, one long
 * paragraph of corpus text, and generated worst cases. Each input is a family (its name) at one size;
 * the sizes of one family show how its time grows.
 */
final class ScalingInputs {

  /**
   * One input: {@code texts} extracted one by one.
   *
   * @param family what it is, the same for every size of it ("articles", "run of dots")
   * @param name the family at this size ("articles 10x", "run of dots x10000")
   */
  record Input(String family, String name, List<String> texts) {

    long utf8Bytes() {
      long bytes = 0;
      for (String t : texts) {
        bytes += t.getBytes(StandardCharsets.UTF_8).length;
      }
      return bytes;
    }
  }

  /** An attributed quotation, the start of the sentences the runs below are put in. */
  static final String SAID = "\"We will finish the bridge by spring,\" Mayor Ana Torres said";

  /** The generated worst cases: each a unit repeated N times, with what comes before and after it. */
  enum Generated {
    /** Opening marks and no closing one: every mark restarts the open quotation. */
    UNCLOSED("marks never closed", "", "\u201cWe will go on, Smith said. ", ""),
    /** Many short quotations in one paragraph: each looks for its paragraph's start and end. */
    QUOTATIONS("quotations in one paragraph", "", "\"We will go on,\" Smith said. ", ""),
    /** The runs below are in the attribution's sentence, which is tokenized and tagged. */
    SPACES("run of spaces", SAID, " ", " on Monday."),
    MARKS("run of quotation marks", SAID, "\"", " on Monday."),
    DOTS("run of dots", SAID, ".", " on Monday."),
    COMMAS("run of commas", SAID, ",", " on Monday."),
    /** A speaker mention of N capitalised words: the mention regexes of SpeakerResolver and the name index read it. */
    CAPITALS("capitalised words", "\"We will finish the bridge by spring,\" said", " Aa", " on Monday."),
    INITIALS("initials", "\"We will finish the bridge by spring,\" said", " A.", " on Monday.");

    final String family;
    private final String before;
    private final String unit;
    private final String after;

    Generated(String family, String before, String unit, String after) {
      this.family = family;
      this.before = before;
      this.unit = unit;
      this.after = after;
    }

    Input of(int repeats) {
      String text = before + unit.repeat(repeats) + after;
      return new Input(family, String.format(Locale.ROOT, "%s x%d", family, repeats), List.of(text));
    }
  }

  private ScalingInputs() {}

  /**
   * Articles {@code factor} times as long as the corpus's: each joins {@code factor} consecutive articles
   * as paragraphs; as many as the corpus fills, at least one (the corpus is gone round again if short).
   */
  static Input articles(Corpus corpus, int factor) {
    int n = Math.max(1, corpus.size() / factor);
    List<String> texts = new ArrayList<>(n);
    for (int g = 0; g < n; g++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < factor; k++) {
        if (k > 0) {
          text.append("\n\n");
        }
        text.append(corpus.text((g * factor + k) % corpus.size()));
      }
      texts.add(text.toString());
    }
    return new Input("articles", "articles " + factor + "x", texts);
  }

  /**
   * One paragraph of {@code utf8Bytes} of corpus text, its line breaks made spaces: the corpus's articles
   * one after another (gone round again if short), cut to the size at a space.
   */
  static Input paragraph(Corpus corpus, int utf8Bytes) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() <= utf8Bytes; i = (i + 1) % corpus.size()) {
      text.append(corpus.text(i).replace('\r', ' ').replace('\n', ' ').strip()).append(' ');
    }
    int end = 0;
    long bytes = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + length > utf8Bytes) {
        break;
      }
      bytes += length;
      end += Character.charCount(cp);
    }
    int space = text.lastIndexOf(" ", end);
    String cut = text.substring(0, space > 0 ? space : end);
    return new Input("one paragraph", "one paragraph " + size(utf8Bytes), List.of(cut));
  }

  /** 1.00 MB, 100.0 kB, 512 B: MB = 10^6 bytes. */
  static String size(double bytes) {
    if (bytes >= 1e6) {
      return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
    }
    if (bytes >= 1e3) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }
}
