package io.solrquotes.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.SolrTestCaseJ4;
import org.junit.BeforeClass;
import org.junit.Test;

public class QuoteExtractionSmokeTest extends SolrTestCaseJ4 {

  @BeforeClass
  public static void beforeClass() throws Exception {
    Path home = ShippedConfigset.solrHome(createTempDir());
    initCore("solrconfig.xml", "managed-schema.xml", home.toString());
  }

  @Test
  public void seedSpeakersAreFaceted() throws Exception {
    String text;
    try (var files = Files.list(Path.of("seeds"))) {
      text = Files.readString(files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }
    assertU(adoc("id", "seed", "title", "Zelensky", "body", text));
    assertU(commit());
    assertQ(
        req("q", "doc_type:article", "fl", "id,speakers,quote_count"),
        "//result/@numFound=1",
        "//doc/int[@name='quote_count'][.='5']",
        "//doc/arr[@name='speakers']/str[.='Zelensky']",
        "//doc/arr[@name='speakers']/str[.='Donald Trump']");
    assertQ(
        req("q", "doc_type:quote", "facet", "true", "facet.field", "speaker", "rows", "0"),
        "//result/@numFound=5",
        "//lst[@name='speaker']/int[@name='Zelensky'][.='4']",
        "//lst[@name='speaker']/int[@name='Donald Trump'][.='1']");
  }
}
