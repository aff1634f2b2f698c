package io.solrquotes.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.util.ContentStream;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.request.SolrRequestHandler;
import org.apache.solr.response.RawResponseWriter;
import org.apache.solr.response.SolrQueryResponse;
import org.junit.BeforeClass;
import org.junit.Test;

/** The quote search page's handler: what it serves, and that a request can name nothing else. */
public class QuoteBrowseHandlerTest extends QuoteSolrTestCase {

  @BeforeClass
  public static void beforeClass() throws Exception {
    startCore();
  }

  /** The answer of the shipped configset's /browse to {@code params}. */
  private static SolrQueryResponse browse(String... params) {
    SolrRequestHandler handler = h.getCore().getRequestHandler("/browse");
    SolrQueryRequest req = req(params);
    try {
      SolrQueryResponse rsp = new SolrQueryResponse();
      h.getCore().execute(handler, req, rsp);
      return rsp;
    } finally {
      req.close();
    }
  }

  private static String served(SolrQueryResponse rsp) throws IOException {
    assertNull(String.valueOf(rsp.getException()), rsp.getException());
    ContentStream content = (ContentStream) rsp.getValues().get(RawResponseWriter.CONTENT);
    assertNotNull("no raw content in " + rsp.getValues(), content);
    try (InputStream in = content.getStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String contentType(SolrQueryResponse rsp) {
    return ((ContentStream) rsp.getValues().get(RawResponseWriter.CONTENT)).getContentType();
  }

  @Test
  public void theShippedConfigsetRegistersTheHandler() {
    assertTrue(h.getCore().getRequestHandler("/browse") instanceof QuoteBrowseHandler);
  }

  @Test
  public void thePageIsServedWithoutParameters() throws IOException {
    SolrQueryResponse rsp = browse();
    String page = served(rsp);
    assertTrue(page, page.startsWith("<!DOCTYPE html>"));
    assertTrue(page, page.contains("<script src=\"browse?file=browse.js\" defer></script>"));
    assertFalse("an inline script: " + page, page.matches("(?s).*<script>.*"));
    assertFalse("an inline handler: " + page, page.matches("(?s).*\\son[a-z]+=.*"));
    assertEquals("text/html; charset=UTF-8", contentType(rsp));
    assertEquals(QuoteBrowseHandler.CONTENT_SECURITY_POLICY, rsp.getHttpHeader("Content-Security-Policy"));
    assertEquals("nosniff", rsp.getHttpHeader("X-Content-Type-Options"));
  }

  @Test
  public void itsScriptAndStyleAreServedByName() throws IOException {
    SolrQueryResponse script = browse("file", "browse.js");
    assertTrue(served(script).contains("'use strict';"));
    assertEquals("text/javascript; charset=UTF-8", contentType(script));
    SolrQueryResponse style = browse("file", "browse.css");
    assertTrue(served(style).contains(".card"));
    assertEquals("text/css; charset=UTF-8", contentType(style));
    assertEquals(served(browse()), served(browse("file", "index.html")));
  }

  @Test
  public void theResponseIsWrittenRaw() throws Exception {
    SolrQueryRequest req = req("file", "browse.css");
    try {
      SolrQueryResponse rsp = new SolrQueryResponse();
      h.getCore().execute(h.getCore().getRequestHandler("/browse"), req, rsp);
      assertEquals("raw", req.getParams().get(CommonParams.WT));
    } finally {
      req.close();
    }
  }

  @Test
  public void noOtherNameIsServed() {
    for (String name :
        List.of(
            "", "../solrconfig.xml", "../../../../etc/passwd", "/etc/passwd", "browse/index.html",
            "io/solrquotes/solr/browse/browse.js", "QuoteBrowseHandler.class", "solrconfig.xml",
            "managed-schema.xml", "BROWSE.JS", "browse.js ", "browse.js/", "file:///etc/passwd",
            "classpath:browse.js", "%2e%2e/browse.js", "index.html\u0000.js")) {
      SolrQueryResponse rsp = browse("file", name);
      Exception e = rsp.getException();
      assertNotNull("served '" + name + "'", e);
      assertEquals(name, SolrException.ErrorCode.NOT_FOUND.code, ((SolrException) e).code());
      assertNull(name, rsp.getValues().get(RawResponseWriter.CONTENT));
    }
  }

  @Test
  public void initParamsAreRefusedByName() {
    NamedList<Object> args = new NamedList<>();
    args.add("dir", "/etc");
    SolrException e = expectThrows(SolrException.class, () -> new QuoteBrowseHandler().init(args));
    assertTrue(e.getMessage(), e.getMessage().contains("dir"));
    assertEquals(SolrException.ErrorCode.SERVER_ERROR.code, e.code());
  }
}
