package io.solrquotes.solr;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/**
 * Queries the Solr tests share: facet buckets, every document of a query page by page, and clients
 * for one replica's core.
 */
final class SolrQueries {

  /** Documents per page of {@link #forEachDoc}. */
  private static final int PAGE = 5_000;

  private SolrQueries() {}

  /** A client for one core, not the collection: requests to it are not routed by the client. */
  static SolrClient coreClient(Replica replica) {
    return new Http2SolrClient.Builder(replica.getBaseUrl()).withDefaultCollection(replica.getCoreName()).build();
  }

  /** value → count of a JSON terms facet's buckets. */
  static Map<String, Long> buckets(QueryResponse rsp, String facet) {
    Map<String, Long> out = new TreeMap<>();
    for (BucketJsonFacet b : rsp.getJsonFacetingResponse().getBucketBasedFacets(facet).getBuckets()) {
      out.put(String.valueOf(b.getVal()), b.getCount());
    }
    return out;
  }

  /**
   * Every document that {@code params} ({@code q}, {@code fl}, and e.g. {@code distrib=false}) match,
   * in id order, fetched with a cursor. {@code collection} may be null for a client with a default one.
   */
  static void forEachDoc(SolrClient client, String collection, SolrParams params, Consumer<SolrDocument> each)
      throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams(params);
    p.set("sort", "id asc");
    p.set("rows", PAGE);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = client.query(collection, p);
      rsp.getResults().forEach(each);
      String next = rsp.getNextCursorMark();
      if (next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }

  /**
   * How many of {@code childIds} each article has: a quotation child's id is its article's id, the
   * label and its place, {@code article/quotes#0}.
   */
  static Map<String, Integer> childrenByArticle(Collection<String> childIds) {
    Map<String, Integer> out = new TreeMap<>();
    for (String child : childIds) {
      int label = child.indexOf("/" + QuoteFields.CHILDREN + "#");
      if (label < 0) {
        throw new AssertionError("not a quotation child's id: " + child);
      }
      out.merge(child.substring(0, label), 1, Integer::sum);
    }
    return out;
  }

  /** Each article's children ({@code quote_count} plus {@code claim_count}), by id; {@code params} adds to the query (e.g. {@code distrib=false}). */
  static Map<String, Integer> childCounts(SolrClient client, String collection, SolrParams params) throws Exception {
    ModifiableSolrParams p = new ModifiableSolrParams(params);
    p.set("q", "doc_type:article");
    p.set("fl", "id,quote_count,claim_count");
    Map<String, Integer> out = new TreeMap<>();
    forEachDoc(client, collection, p, d -> out.put((String) d.getFieldValue("id"),
        (Integer) d.getFieldValue("quote_count") + (d.getFieldValue("claim_count") instanceof Integer c ? c : 0)));
    return out;
  }
}
