package io.solrquotes.solr;

import static org.apache.solr.common.SolrException.ErrorCode.NOT_FOUND;
import static org.apache.solr.common.SolrException.ErrorCode.SERVER_ERROR;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.RawResponseWriter;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.security.AuthorizationContext;
import org.apache.solr.security.PermissionNameProvider;

/**
 * Serves the quote search page of a core: a single page, in plain HTML, CSS and JavaScript bundled
 * in the plugin jar, that searches the core's own {@code /select} with JSON facets (speaker, kind,
 * speaker type, publisher, month) and shows quotation and claim cards.
 *
 * <pre class="prettyprint">{@code
 * <requestHandler name="/browse" class="io.solrquotes.solr.QuoteBrowseHandler"/>
 * }</pre>
 *
 * <p>{@code /browse} answers the page; {@code /browse?file=NAME} one of its other files ({@value
 * #SCRIPT}, {@value #STYLE}). The files are read from the jar once, when the handler is created, and
 * kept: a request names one of them, never a path, a class or anything on the file system; any other
 * name answers 404. Every answer carries the Content-Security-Policy a Solr 9 install sends (its
 * {@code server/etc/jetty.xml}), so the page is held to it wherever it runs. The handler takes no
 * configuration; any init param is refused.
 */
public class QuoteBrowseHandler extends RequestHandlerBase {

  /** The request parameter naming one of the page's files. */
  public static final String FILE_PARAM = "file";

  static final String PAGE = "index.html";
  static final String SCRIPT = "browse.js";
  static final String STYLE = "browse.css";

  /** Solr 9's own policy (server/etc/jetty.xml): scripts and styles from files of the same origin only. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; base-uri 'none'; connect-src 'self'; form-action 'self'; font-src 'self';"
          + " frame-ancestors 'none'; img-src 'self' data:; media-src 'self'; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'; worker-src 'self';";

  /** One of the page's files: its bytes and their content type. */
  private record PageFile(byte[] content, String contentType) {}

  private final Map<String, PageFile> files;

  public QuoteBrowseHandler() {
    this.files =
        Map.of(
            PAGE, new PageFile(read(PAGE), "text/html; charset=UTF-8"),
            SCRIPT, new PageFile(read(SCRIPT), "text/javascript; charset=UTF-8"),
            STYLE, new PageFile(read(STYLE), "text/css; charset=UTF-8"));
  }

  private static byte[] read(String name) {
    String resource = "browse/" + name;
    try (InputStream in = QuoteBrowseHandler.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SolrException(SERVER_ERROR, "The plugin jar lacks the quote search page's file " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SolrException(SERVER_ERROR, "Cannot read the quote search page's file " + resource + ": " + e, e);
    }
  }

  @Override
  public void init(NamedList<?> args) {
    if (args != null && args.size() > 0) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        names.add(args.getName(i));
      }
      throw new SolrException(SERVER_ERROR, "The quote search page takes no init params; unexpected: " + names);
    }
    super.init(args);
  }

  @Override
  public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) {
    String name = req.getParams().get(FILE_PARAM, PAGE);
    PageFile file = files.get(name);
    if (file == null) {
      throw new SolrException(NOT_FOUND, "The quote search page has no file '" + name + "'; it has " + files.keySet());
    }
    ModifiableSolrParams params = new ModifiableSolrParams(req.getParams());
    params.set(CommonParams.WT, "raw");
    req.setParams(params);
    ContentStreamBase.ByteArrayStream stream = new ContentStreamBase.ByteArrayStream(file.content(), name, file.contentType());
    rsp.add(RawResponseWriter.CONTENT, stream);
    rsp.setHttpHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    rsp.setHttpHeader("X-Content-Type-Options", "nosniff");
    rsp.setHttpHeader("Cache-Control", "no-cache");
  }

  @Override
  public String getDescription() {
    return "The quote search page (solr-quotes)";
  }

  @Override
  public PermissionNameProvider.Name getPermissionName(AuthorizationContext request) {
    return PermissionNameProvider.Name.READ_PERM;
  }
}
