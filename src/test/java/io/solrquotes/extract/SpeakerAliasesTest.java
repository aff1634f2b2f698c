package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The alias file's synonyms-style lines. */
class SpeakerAliasesTest {

  private static SpeakerAliases parse(String text) throws IOException {
    return SpeakerAliases.parse(new StringReader(text), "aliases.txt");
  }

  @Test
  void everyNameOnALineIsShownAsTheFirst() throws IOException {
    SpeakerAliases a = parse("# parties\nLiberal Democrats, Lib Dems, Lib Dem\n\n");
    assertEquals("Liberal Democrats", a.canonical("Lib Dems"));
    assertEquals("Liberal Democrats", a.canonical("lib dem"));
    assertEquals("Liberal Democrats", a.canonical("Liberal Democrats"));
    assertEquals("Labour", a.canonical("Labour"));
    assertNull(a.canonical(null));
  }

  @Test
  void namesLeftOfTheArrowAreShownAsTheRightOne() throws IOException {
    SpeakerAliases a = parse("Vincent Cable, V. Cable => Vince Cable  # the form he uses\n");
    assertEquals("Vince Cable", a.canonical("Vincent Cable"));
    assertEquals("Vince Cable", a.canonical("V. Cable"));
    assertEquals("Vince Cable", a.canonical("Vince Cable"));
  }

  @Test
  void curlyAndStraightApostrophesMatch() throws IOException {
    SpeakerAliases a = parse("Martin O'Malley, Gov. O'Malley\n");
    assertEquals("Martin O'Malley", a.canonical("Gov. O\u2019Malley"));
  }

  @Test
  void malformedLinesAreNamedWithTheirNumber() {
    IllegalArgumentException twoTargets =
        assertThrows(IllegalArgumentException.class, () -> parse("A\nB => C, D\n"));
    assertTrue(twoTargets.getMessage().contains("aliases.txt line 2"), twoTargets.getMessage());
    IllegalArgumentException conflict =
        assertThrows(IllegalArgumentException.class, () -> parse("X, Y\nZ, Y\n"));
    assertTrue(conflict.getMessage().contains("line 2") && conflict.getMessage().contains("'Y'"), conflict.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("A, , B\n"));
  }

  @Test
  void theBundledFileIsTheConfigsets() {
    SpeakerAliases bundled = SpeakerAliases.bundled();
    assertEquals("Liberal Democrats", bundled.canonical("Lib Dems"));
    assertEquals("FBI", bundled.canonical("Federal Bureau of Investigation"));
    assertTrue(bundled.size() > 10);
  }
}
