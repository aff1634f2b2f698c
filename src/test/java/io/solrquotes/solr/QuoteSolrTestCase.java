package io.solrquotes.solr;

import com.codahale.metrics.Counter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.AfterClass;

/**
 * One core on the shipped configset per test class, and a SolrJ client on it. Subclasses call
 * {@link #startCore()} from their {@code @BeforeClass} (after setting any system property the
 * configset reads).
 */
public abstract class QuoteSolrTestCase extends SolrTestCaseJ4 {

  /** The label quotation children hang under. */
  static final String QUOTES = QuoteFields.CHILDREN;

  static EmbeddedSolrServer client;

  static void startCore() throws Exception {
    Path home = ShippedConfigset.solrHome(createTempDir());
    initCore("solrconfig.xml", "managed-schema.xml", home.toString());
    client = new EmbeddedSolrServer(h.getCore());
  }

  @AfterClass
  public static void closeClient() throws IOException {
    if (client != null) {
      client.close(); // does not shut the test's core container down
      client = null;
    }
  }

  /** Adds the documents in one request with the given extra parameters, then commits. */
  static void index(Map<String, String> params, SolrInputDocument... docs) throws Exception {
    UpdateRequest update = new UpdateRequest();
    for (SolrInputDocument doc : docs) {
      update.add(doc);
    }
    params.forEach(update::setParam);
    update.process(client);
    client.commit();
  }

  static void index(SolrInputDocument... docs) throws Exception {
    index(Map.of(), docs);
  }

  /** Sends the documents in one request, which must be refused; the refusal. */
  static SolrException refused(SolrInputDocument... docs) {
    UpdateRequest update = new UpdateRequest();
    for (SolrInputDocument doc : docs) {
      update.add(doc);
    }
    return expectThrows(SolrException.class, () -> update.process(client));
  }

  /** Sends {@code json} to {@code /update}, which must refuse it; the refusal. */
  static SolrException refusedJson(String json) {
    return expectThrows(SolrException.class, () -> updateJ(json, new ModifiableSolrParams()));
  }

  /** A 400 whose message names document {@code id} and the field {@code body}. */
  static void assertNamesDocAndField(SolrException e, String id) {
    assertEquals(e.getMessage(), 400, e.code());
    assertTrue(e.getMessage(), e.getMessage().contains("document " + id));
    assertTrue(e.getMessage(), e.getMessage().contains("field 'body'"));
  }

  static SolrInputDocument article(String id, Object body) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", id);
    doc.setField("body", body);
    return doc;
  }

  static QueryResponse query(String... params) throws SolrServerException, IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i < params.length; i += 2) {
      p.add(params[i], params[i + 1]);
    }
    return client.query(p);
  }

  static long count(String q) throws SolrServerException, IOException {
    return query("q", q, "rows", "0").getResults().getNumFound();
  }

  static SolrDocumentList docs(String... params) throws SolrServerException, IOException {
    return query(params).getResults();
  }

  /** The one document {@code id:<id>}, with its quotation children under {@value #QUOTES}. */
  static SolrDocument withQuotes(String id) throws SolrServerException, IOException {
    SolrDocumentList found = docs("q", "id:" + id, "fl", "*,[child limit=-1]");
    assertEquals("documents with id " + id, 1, found.getNumFound());
    return found.get(0);
  }

  /** The quotation children of a document returned with the {@code [child]} transformer. */
  static List<SolrDocument> quotesOf(SolrDocument article) {
    Object value = article.getFieldValue(QUOTES);
    List<SolrDocument> out = new ArrayList<>();
    if (value instanceof SolrDocument one) {
      out.add(one);
    } else if (value instanceof Collection<?> many) {
      for (Object v : many) {
        out.add((SolrDocument) v);
      }
    }
    if (article.getChildDocuments() != null) {
      out.addAll(article.getChildDocuments());
    }
    return out;
  }

  /** The child whose quotation text is {@code text}. */
  static SolrDocument quote(List<SolrDocument> quotes, String text) {
    return quotes.stream()
        .filter(q -> text.equals(q.getFieldValue("quote")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quotation '" + text + "' in " + quotes));
  }

  static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }

  /** A counter the factory registers under {@code QUOTES.extraction} in the core's registry. */
  static long counter(String name) {
    Counter counter =
        h.getCore().getSolrMetricsContext().getMetricRegistry().getCounters().get("QUOTES.extraction." + name);
    assertNotNull("no counter QUOTES.extraction." + name, counter);
    return counter.getCount();
  }

  /** value → count of a terms facet's buckets. */
  static Map<String, Long> buckets(QueryResponse rsp, String facet) {
    return SolrQueries.buckets(rsp, facet);
  }
}
