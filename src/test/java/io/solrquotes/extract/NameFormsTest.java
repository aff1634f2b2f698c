package io.solrquotes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one form a person's name is shown in. */
class NameFormsTest {

  @Test
  void middleInitialsAndSuffixesGo() {
    assertEquals("Donald Trump", NameForms.person("Donald J. Trump"));
    assertEquals("George Bush", NameForms.person("George H.W. Bush"));
    assertEquals("Martin Luther King", NameForms.person("Martin Luther King Jr."));
    assertEquals("Guy Mansfield", NameForms.person("Guy Mansfield QC"));
    assertEquals("Robert Morris", NameForms.person("Robert Morris, Jr."));
  }

  @Test
  void openingInitialsStay() {
    assertEquals("J.D. Vance", NameForms.person("J.D. Vance"));
    assertEquals("J. K. Rowling", NameForms.person("J. K. Rowling"));
  }

  @Test
  void capitalsAndApostrophes() {
    assertEquals("Pence", NameForms.person("PENCE"));
    assertEquals("Mike Pence", NameForms.person("Mike PENCE"));
    assertEquals("JD Vance", NameForms.person("JD Vance"));
    assertEquals("Martin O'Malley", NameForms.person("Martin O\u2019Malley"));
    assertEquals("Beto O'Rourke", NameForms.person("BETO O'ROURKE"));
  }

  @Test
  void suffixes() {
    assertTrue(NameForms.isSuffix("Jr."));
    assertTrue(NameForms.isSuffix("III"));
    assertFalse(NameForms.isSuffix("King"));
  }
}
