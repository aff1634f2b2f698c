package io.solrquotes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong clock = new AtomicLong(5_000_000_000L);
  private final StringWriter shown = new StringWriter();

  @Test
  void reportsAboutOnceASecondOnOneLine() {
    Progress progress = new Progress(new PrintWriter(shown), true, clock::get);
    progress.update(10);
    assertEquals("", shown.toString(), "nothing within the first second");

    clock.addAndGet(2_000_000_000L);
    progress.update(500);
    assertEquals("\r500 articles, 250.0 articles/s", shown.toString());

    clock.addAndGet(500_000_000L);
    progress.update(600);
    assertEquals("\r500 articles, 250.0 articles/s", shown.toString(), "not again within a second");

    clock.addAndGet(500_000_000L);
    progress.update(1_500);
    String last = "1500 articles, 500.0 articles/s";
    assertTrue(shown.toString().endsWith("\r" + last), shown.toString());

    progress.clear();
    assertTrue(shown.toString().endsWith(last + "\r" + " ".repeat(last.length()) + "\r"), "erased");
  }

  @Test
  void disabledShowsNothing() {
    Progress progress = new Progress(new PrintWriter(shown), false, clock::get);
    clock.addAndGet(10_000_000_000L);
    progress.update(1_000);
    progress.clear();
    assertEquals("", shown.toString());
  }
}
