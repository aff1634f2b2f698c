package io.solrquotes.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * What the user came for, asked of Solr: the speakers with their quotation and claim counts (JSON
 * facets on {@code speaker} over the quotation and the claim children), each top speaker's
 * quotations and claims with the title of the article, and curl queries to go on with.
 */
final class Report {

  /** A speaker and the numbers of distinct quotations and claims of theirs. */
  record Speaker(String name, long quotations, long claims) {}

  /** The speaker facet: the top buckets, how many speakers there are, the records, those without one. */
  record Speakers(List<Speaker> top, long speakerCount, long quotations, long claims, long withoutSpeaker) {}

  /** The plugin's speaker for quotations nobody can be named for (QuoteFields.UNKNOWN_SPEAKER). */
  static final String UNKNOWN = "(unknown)";

  private static final String NO_SPEAKER = "(no speaker found)";
  private static final char SEPARATOR = '\u001f';

  private final SolrClient client;
  private final PrintStream out;

  Report(SolrClient client, PrintStream out) {
    this.client = client;
    this.out = out;
  }

  /** The articles, quotation children and claim children the collection holds. */
  long[] totals() throws Exception {
    long articles = client.query(params("q", "doc_type:article", "rows", "0")).getResults().getNumFound();
    long quotes = client.query(params("q", "doc_type:quote", "rows", "0")).getResults().getNumFound();
    long claims = client.query(params("q", "doc_type:claim", "rows", "0")).getResults().getNumFound();
    return new long[] {articles, quotes, claims};
  }

  /**
   * The sums of {@code quote_count} and {@code claim_count} over the given articles: the quotations
   * and claims found in this run.
   */
  long[] quotationsOf(List<String> ids) throws Exception {
    long[] sum = new long[2];
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      ModifiableSolrParams p =
          params(
              "q", "{!terms f=id separator=$sep v=$ids}",
              "sep", String.valueOf(SEPARATOR),
              "ids", String.join(String.valueOf(SEPARATOR), chunk),
              "rows", "0",
              "json.facet", "{quotes:\"sum(quote_count)\",claims:\"sum(claim_count)\"}");
      QueryResponse rsp = client.query(p, SolrRequest.METHOD.POST);
      if (rsp.getJsonFacetingResponse().getStatValue("quotes") instanceof Number n) {
        sum[0] += n.longValue();
      }
      if (rsp.getJsonFacetingResponse().getStatValue("claims") instanceof Number n) {
        sum[1] += n.longValue();
      }
    }
    return sum;
  }

  /**
   * The speaker facet over all quotations and claims, the first {@code limit} buckets ({@code -1}:
   * all), most records first, each with its quotations counted apart. The plugin gives records that
   * nobody can be named for the speaker {@value #UNKNOWN}; they are counted apart, as are records
   * without a speaker at all.
   */
  Speakers speakers(int limit) throws Exception {
    QueryResponse rsp =
        client.query(
            params(
                "q", "doc_type:(quote OR claim)",
                "fq", "-speaker:\"" + UNKNOWN + "\"",
                "rows", "0",
                "json.facet", "{speakers:{type:terms,field:speaker,limit:" + limit
                    + ",numBuckets:true,refine:true,facet:{quotes:{type:query,q:\"doc_type:quote\"}}}}"));
    BucketBasedJsonFacet facet = rsp.getJsonFacetingResponse().getBucketBasedFacets("speakers");
    List<Speaker> top = new ArrayList<>();
    long buckets = 0;
    if (facet != null) {
      for (BucketJsonFacet b : facet.getBuckets()) {
        long quotes = b.getQueryFacet("quotes") == null ? 0 : b.getQueryFacet("quotes").getCount();
        top.add(new Speaker(String.valueOf(b.getVal()), quotes, b.getCount() - quotes));
      }
      buckets = facet.getNumBuckets();
    }
    long quotes = client.query(params("q", "doc_type:quote", "rows", "0")).getResults().getNumFound();
    long claims = client.query(params("q", "doc_type:claim", "rows", "0")).getResults().getNumFound();
    long unnamed = quotes + claims - rsp.getResults().getNumFound() // (unknown)
        + client.query(params("q", "doc_type:(quote OR claim)", "fq", "-speaker:*", "rows", "0")).getResults().getNumFound();
    return new Speakers(top, buckets, quotes, claims, unnamed);
  }

  void printSpeakers(Speakers s) {
    if (s.quotations() + s.claims() == 0) {
      out.println("No quotations or claims found.");
      return;
    }
    out.printf(
        Locale.ROOT,
        "Speakers (%s of %d speaker%s; %d quotation%s and %d claim%s in all):%n",
        s.top().size() < s.speakerCount() ? "top " + s.top().size() : "all",
        s.speakerCount(),
        s.speakerCount() == 1 ? "" : "s",
        s.quotations(),
        s.quotations() == 1 ? "" : "s",
        s.claims(),
        s.claims() == 1 ? "" : "s");
    out.println("  quotations  claims  speaker");
    for (Speaker sp : s.top()) {
      out.printf(Locale.ROOT, "  %10d  %6d  %s%n", sp.quotations(), sp.claims(), sp.name());
    }
    if (s.withoutSpeaker() > 0) {
      out.printf(Locale.ROOT, "  %18d  %s%n", s.withoutSpeaker(), NO_SPEAKER);
    }
  }

  /**
   * Each speaker's quotations, then claims (at most {@code perSpeaker} of each; -1: all), with the
   * article titles.
   */
  void printQuotations(List<Speaker> speakers, int perSpeaker) throws Exception {
    Map<Speaker, List<SolrDocument>> quotes = new java.util.LinkedHashMap<>();
    Map<Speaker, List<SolrDocument>> claims = new java.util.LinkedHashMap<>();
    Set<String> articleIds = new LinkedHashSet<>();
    for (Speaker sp : speakers) {
      quotes.put(sp, childrenOf(sp.name(), "quote", perSpeaker < 0 ? sp.quotations() : Math.min(perSpeaker, sp.quotations()), articleIds));
      claims.put(sp, childrenOf(sp.name(), "claim", perSpeaker < 0 ? sp.claims() : Math.min(perSpeaker, sp.claims()), articleIds));
    }
    Map<String, String> titles = titles(new ArrayList<>(articleIds));
    for (Map.Entry<Speaker, List<SolrDocument>> e : quotes.entrySet()) {
      Speaker sp = e.getKey();
      out.printf(Locale.ROOT, "%n%s (%d quotation%s, %d claim%s)%n", sp.name(), sp.quotations(),
          sp.quotations() == 1 ? "" : "s", sp.claims(), sp.claims() == 1 ? "" : "s");
      for (SolrDocument d : e.getValue()) {
        Object times = d.getFieldValue("occurrences");
        printChild(d, "\"" + d.getFieldValue("quote") + "\"" + (times instanceof Number n && n.intValue() > 1 ? " (x" + n + ")" : ""), titles);
      }
      long more = sp.quotations() - e.getValue().size();
      if (more > 0) {
        out.printf(Locale.ROOT, "  ... and %d more (--all lists them)%n", more);
      }
      for (SolrDocument d : claims.get(sp)) {
        printChild(d, String.valueOf(d.getFieldValue("quote")), titles);
      }
      long moreClaims = sp.claims() - claims.get(sp).size();
      if (moreClaims > 0) {
        out.printf(Locale.ROOT, "  ... and %d more claim%s (--all lists them)%n", moreClaims, moreClaims == 1 ? "" : "s");
      }
    }
  }

  /** One quotation or claim child: "  [claim, ]cue: words" and the title of its article. */
  private void printChild(SolrDocument d, String words, Map<String, String> titles) {
    Object cue = d.getFieldValue("cue");
    Object parent = d.getFieldValue("_nest_parent_");
    String title = parent == null ? "?" : shorten(titles.getOrDefault(parent.toString(), parent.toString()));
    String claim = "claim".equals(d.getFieldValue("doc_type")) ? "claim, " : "";
    out.printf(Locale.ROOT, "  %s%s%s%n      in: %s%n", claim, cue != null ? cue + ": " : "", words, title);
  }

  /** The first {@code rows} children of one type ({@code quote}, {@code claim}) of a speaker; notes their articles. */
  private List<SolrDocument> childrenOf(String speaker, String type, long rows, Set<String> articleIds) throws Exception {
    if (rows <= 0) {
      return List.of();
    }
    QueryResponse rsp =
        client.query(
            params(
                "q", "{!term f=speaker v=$who}",
                "who", speaker,
                "fq", "doc_type:" + type,
                "rows", String.valueOf(rows),
                "fl", "quote,cue,occurrences,doc_type,_nest_parent_"));
    for (SolrDocument d : rsp.getResults()) {
      Object parent = d.getFieldValue("_nest_parent_");
      if (parent != null) {
        articleIds.add(parent.toString());
      }
    }
    return rsp.getResults();
  }

  private Map<String, String> titles(List<String> ids) throws Exception {
    Map<String, String> titles = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      for (SolrDocument d : client.getById(chunk, params("fl", "id,title"))) {
        Object title = d.getFieldValue("title");
        if (title != null) {
          titles.put(d.getFieldValue("id").toString(), title.toString());
        }
      }
    }
    return titles;
  }

  /** The README's queries, ready to paste, against this Solr and with a speaker and words it holds. */
  void printCurl(int port, Speakers s) throws Exception {
    String select = "http://localhost:" + port + "/solr/" + RunningSolr.COLLECTION + "/select";
    String speaker = s.top().isEmpty() ? "Donald Trump" : s.top().get(0).name();
    String words = wordsOf(speaker);
    String phrase = "\"" + speaker.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    out.println("Queries to try (docs/queries.md):");
    curl("quotations by a speaker", select, "q=speaker:" + phrase, "fq=doc_type:quote", "fl=quote,speaker,speaker_mention,cue,kind,confidence,sentence");
    curl("quotations matching words (stemmed English)", select, "q=quote:(" + words + ")", "fq=doc_type:quote", "fl=quote,speaker,cue");
    curl("speakers across all quotations, with counts (JSON facet)", select, "q=doc_type:quote", "rows=0", "json.facet={speakers:{type:terms,field:speaker}}");
    curl("articles that quote a speaker (block join)", select, "q={!parent which=\"doc_type:article\"}(+speaker:" + phrase + " +doc_type:quote)", "fl=id,title,speakers,quote_count");
    curl("articles with their quotations ([child] transformer)", select, "q=doc_type:article", "rows=3", "fl=id,title,quote_count,quotes,quote,speaker,cue,[child childFilter=doc_type:quote]");
    curl("claims by a speaker (reported speech)", select, "q=speaker:" + phrase, "fq=doc_type:claim", "fl=quote,speaker,cue,sentence");
    curl("quotations and claims by kind (JSON facet over all children)", select, "q=doc_type:(quote OR claim)", "rows=0", "json.facet={kinds:{type:terms,field:kind}}");
    curl("articles where a speaker is quoted or reported (block join)", select, "q={!parent which=\"doc_type:article\"}speaker:" + phrase, "fl=id,title,speakers,quote_count,claim_count");
  }

  private void curl(String what, String url, String... params) {
    StringBuilder sb = new StringBuilder("  # ").append(what).append("\n  curl -G ").append(shellQuote(url));
    for (String p : params) {
      sb.append(" \\\n    --data-urlencode ").append(shellQuote(p));
    }
    out.println(sb);
  }

  /** Two words from the speaker's first quotations, for a word search that finds something. */
  private String wordsOf(String speaker) throws Exception {
    QueryResponse rsp =
        client.query(params("q", "{!term f=speaker v=$who}", "who", speaker, "fq", "doc_type:quote", "rows", "5", "fl", "quote"));
    List<String> words = new ArrayList<>();
    for (SolrDocument d : rsp.getResults()) {
      String best = null;
      for (String w : String.valueOf(d.getFieldValue("quote")).split("[^\\p{L}]+")) {
        if (w.length() >= 5 && (best == null || w.length() > best.length())) {
          best = w;
        }
      }
      if (best != null && !words.contains(best.toLowerCase(Locale.ROOT))) {
        words.add(best.toLowerCase(Locale.ROOT));
      }
      if (words.size() == 2) {
        break;
      }
    }
    return words.isEmpty() ? "peace OR strength" : String.join(" OR ", words);
  }

  /** A title of at most 100 characters, cut at a word. */
  static String shorten(String title) {
    if (title.length() <= 100) {
      return title;
    }
    int cut = title.lastIndexOf(' ', 97);
    return title.substring(0, cut > 60 ? cut : 97) + " ...";
  }

  /** A word for the shell, in single quotes. */
  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  static ModifiableSolrParams params(String... pairs) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    for (int i = 0; i < pairs.length; i += 2) {
      p.add(pairs[i], pairs[i + 1]);
    }
    return p;
  }
}
