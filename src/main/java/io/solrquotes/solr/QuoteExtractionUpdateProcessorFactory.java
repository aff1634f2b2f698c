package io.solrquotes.solr;

import static org.apache.solr.common.SolrException.ErrorCode.SERVER_ERROR;

import io.solrquotes.extract.QuoteExtractor;
import io.solrquotes.extract.QuoteKind;
import io.solrquotes.extract.SpeakerAliases;
import io.solrquotes.nlp.NlpModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.solr.update.processor.UpdateRequestProcessorFactory;
import org.apache.solr.util.plugin.SolrCoreAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the quotations and the claims (reported speech) of news articles at index time
 * and stores each distinct one as a child document (label {@code quotes}) of its article, with the
 * speakers, the quotation and claim counts and {@code speaker|quote} pairs on the article for faceting
 * without block joins.
 *
 * <p>Place it before {@code DistributedUpdateProcessorFactory}: in SolrCloud it then runs once, on the
 * node that receives the document, and the children travel with it to every replica. An atomic
 * update that does not {@code set} a source field keeps the article's quotations; one that does is
 * extracted again. Re-indexing an article replaces its quotations; deleting it deletes them.
 *
 * <pre class="prettyprint">{@code
 * <updateRequestProcessorChain name="quotes" default="true">
 *   <processor class="io.solrquotes.solr.QuoteExtractionUpdateProcessorFactory">
 *     <!-- the fields to read quotations from: names and/or a regular expression -->
 *     <arr name="fieldName"><str>body</str></arr>
 *     <str name="fieldRegex">.*_body_t</str>
 *     <!-- which kinds to keep (default: direct, partial, claim); without claim, about twice as fast -->
 *     <arr name="kinds"><str>direct</str><str>partial</str></arr>
 *     <!-- quotations shorter than this many characters are left out (default 1) -->
 *     <int name="minLength">3</int>
 *     <!-- longer field values are cut at a sentence end before this many characters (default 1000000) -->
 *     <int name="maxChars">1000000</int>
 *     <!-- when extraction fails on a document: fail (a 400 naming document and field) or skip -->
 *     <str name="onError">fail</str>
 *     <!-- other names of one speaker, in the synonyms-file style, read from the configset
 *          (default: the copy of the shipped speaker-aliases.txt inside the jar) -->
 *     <str name="aliases">speaker-aliases.txt</str>
 *   </processor>
 *   <processor class="solr.LogUpdateProcessorFactory"/>
 *   <processor class="solr.DistributedUpdateProcessorFactory"/>
 *   <processor class="solr.RunUpdateProcessorFactory"/>
 * </updateRequestProcessorChain>
 * }</pre>
 *
 * <p>Request parameter {@code quotes.enabled=false} turns extraction off for one request; no request
 * parameter can change what is read or which models are used. The OpenNLP models load once per class
 * loader and are shared by all cores; each request gets its own taggers.
 *
 * <p>Metrics: {@code docs} processed, {@code skipped} on error, {@code failed}, {@code quotes} and
 * {@code claims} stored, {@code truncated} field values and the {@code time} spent extracting. In
 * Solr 9 they are under {@code QUOTES.extraction} in each core's registry; in Solr 10, whose metrics
 * are OpenTelemetry's, they are the counter {@code solr_core_quotes_extraction} (by {@code type}) and
 * the histogram {@code solr_core_quotes_extraction_time} (see {@link ExtractionMetrics}). The same
 * jar runs in both.
 */
public class QuoteExtractionUpdateProcessorFactory extends UpdateRequestProcessorFactory
    implements SolrCoreAware {

  private static final Logger log = LoggerFactory.getLogger(QuoteExtractionUpdateProcessorFactory.class);

  public static final String FIELD_NAME_PARAM = "fieldName";
  public static final String FIELD_REGEX_PARAM = "fieldRegex";
  public static final String KINDS_PARAM = "kinds";
  public static final String MIN_LENGTH_PARAM = "minLength";
  public static final String MAX_CHARS_PARAM = "maxChars";
  public static final String ON_ERROR_PARAM = "onError";
  public static final String ALIASES_PARAM = "aliases";

  /** Request parameter: {@code false} turns extraction off for the request. */
  public static final String ENABLED_REQUEST_PARAM = "quotes.enabled";

  static final int DEFAULT_MAX_CHARS = 1_000_000;

  /** What to do with a document whose source field cannot be extracted. */
  enum OnError {
    /** Refuse the document with a 400 that names it and the field. */
    FAIL,
    /** Index the document without quotations, and log and count it. */
    SKIP
  }

  private List<String> fieldNames = List.of();
  private Pattern fieldRegex;
  private Set<QuoteKind> kinds = EnumSet.of(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.CLAIM);
  private int minLength = 1;
  private int maxChars = DEFAULT_MAX_CHARS;
  private OnError onError = OnError.FAIL;
  /** The alias file named by the init param, or {@code null} for the bundled one. */
  private String aliasFile;
  private SpeakerAliases aliases = SpeakerAliases.NONE;

  /** Idle extractors kept for reuse, at most: as many as requests a busy node runs at once. */
  static final int MAX_IDLE_EXTRACTORS = 32;

  private NlpModels models;

  /**
   * Extractors no request is using. A request borrows one for its whole life: taggers are not
   * thread-safe. Building one cost about half a millisecond while OpenNLP's part-of-speech tagger read
   * its feature configuration for each; with {@code GreedyPosTagger} it costs 3 to 6 microseconds, so
   * reuse now saves little.
   */
  private final Queue<QuoteExtractor> idleExtractors = new ConcurrentLinkedQueue<>();
  private volatile ExtractionMetrics metrics = ExtractionMetrics.NONE;
  private volatile boolean writeKeys;

  @Override
  public void init(NamedList<?> args) {
    fieldNames = removeStrings(args, FIELD_NAME_PARAM);
    Object regex = args.remove(FIELD_REGEX_PARAM);
    if (regex != null) {
      try {
        fieldRegex = Pattern.compile(regex.toString());
      } catch (PatternSyntaxException e) {
        throw new SolrException(SERVER_ERROR, "Init param '" + FIELD_REGEX_PARAM + "' is not a valid regular expression: " + e.getMessage(), e);
      }
    }
    if (fieldNames.isEmpty() && fieldRegex == null) {
      throw new SolrException(
          SERVER_ERROR, "Init param '" + FIELD_NAME_PARAM + "' or '" + FIELD_REGEX_PARAM + "' must name the fields to read");
    }
    List<String> kindNames = removeStrings(args, KINDS_PARAM);
    if (!kindNames.isEmpty()) {
      kinds = EnumSet.noneOf(QuoteKind.class);
      for (String k : kindNames) {
        try {
          kinds.add(QuoteKind.fromLabel(k));
        } catch (IllegalArgumentException e) {
          throw new SolrException(SERVER_ERROR, "Init param '" + KINDS_PARAM + "' has an unknown kind '" + k + "'; known: direct, partial, claim");
        }
      }
    }
    minLength = removeInt(args, MIN_LENGTH_PARAM, minLength, 0);
    maxChars = removeInt(args, MAX_CHARS_PARAM, maxChars, 1);
    Object error = args.remove(ON_ERROR_PARAM);
    if (error != null) {
      try {
        onError = OnError.valueOf(error.toString().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new SolrException(SERVER_ERROR, "Init param '" + ON_ERROR_PARAM + "' must be 'fail' or 'skip', not '" + error + "'");
      }
    }
    Object aliasParam = args.remove(ALIASES_PARAM);
    if (aliasParam != null) {
      aliasFile = requireText(ALIASES_PARAM, aliasParam);
    }
    if (args.size() > 0) {
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        unknown.add(args.getName(i));
      }
      throw new SolrException(SERVER_ERROR, "Unexpected init param(s): " + unknown);
    }
  }

  /** Checks the schema and loads the models when the core loads, so that a bad setup fails there. */
  @Override
  public void inform(SolrCore core) {
    IndexSchema schema = core.getLatestSchema();
    for (String field : fieldNames) {
      if (schema.getFieldOrNull(field) == null) {
        throw new SolrException(SERVER_ERROR, "Init param '" + FIELD_NAME_PARAM + "' names field '" + field + "', which the schema does not define");
      }
    }
    for (String field : QuoteFields.WRITTEN) {
      if (schema.getFieldOrNull(field) == null) {
        throw new SolrException(SERVER_ERROR, "The schema lacks field '" + field + "', which quote extraction writes");
      }
    }
    writeKeys = schema.getFieldOrNull(QuoteFields.QUOTE_KEY) != null;
    if (!writeKeys) {
      log.warn(
          "The schema of core {} lacks field '{}': quotations are stored without keys, and cannot be grouped across"
              + " articles. The shipped configset's managed-schema.xml defines it; add it and re-index to have them",
          core.getName(), QuoteFields.QUOTE_KEY);
    }
    if (!schema.isUsableForChildDocs() || schema.getFieldOrNull(IndexSchema.NEST_PATH_FIELD_NAME) == null) {
      throw new SolrException(SERVER_ERROR, "Quote extraction stores child documents: the schema needs the _root_ and _nest_path_ fields");
    }
    aliases = loadAliases(core);
    try {
      models = NlpModels.english();
    } catch (RuntimeException | LinkageError e) {
      throw new SolrException(SERVER_ERROR, "Cannot load the OpenNLP models of quote extraction: " + e, e);
    }
    ExtractionMetrics registered = ExtractionMetrics.of(core, this);
    metrics = registered;
    core.addCloseHook(
        new org.apache.solr.core.CloseHook() {
          @Override
          public void preClose(SolrCore closing) {
            registered.unregister();
          }
        });
  }

  /** The alias file the init param names, read through the core's resource loader (configset or ZooKeeper). */
  private SpeakerAliases loadAliases(SolrCore core) {
    if (aliasFile == null) {
      return SpeakerAliases.bundled();
    }
    try (InputStream in = core.getResourceLoader().openResource(aliasFile)) {
      return SpeakerAliases.parse(new InputStreamReader(in, StandardCharsets.UTF_8), aliasFile);
    } catch (IOException e) {
      throw new SolrException(SERVER_ERROR, "Init param '" + ALIASES_PARAM + "' names '" + aliasFile + "', which cannot be read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new SolrException(SERVER_ERROR, "Init param '" + ALIASES_PARAM + "': " + e.getMessage(), e);
    }
  }

  @Override
  public UpdateRequestProcessor getInstance(
      SolrQueryRequest req, SolrQueryResponse rsp, UpdateRequestProcessor next) {
    if (!req.getParams().getBool(ENABLED_REQUEST_PARAM, true)) {
      return next;
    }
    if (models == null) {
      throw new SolrException(SERVER_ERROR, "Quote extraction was not initialised with its core");
    }
    return new QuoteExtractionUpdateProcessor(this, next);
  }

  boolean reads(String field) {
    return fieldNames.contains(field) || fieldRegex != null && fieldRegex.matcher(field).matches();
  }

  Set<QuoteKind> kinds() {
    return kinds;
  }

  int minLength() {
    return minLength;
  }

  int maxChars() {
    return maxChars;
  }

  OnError onError() {
    return onError;
  }

  /** Whether the schema has {@code quote_key}, so that children get their quotation's key. */
  boolean writeKeys() {
    return writeKeys;
  }

  ExtractionMetrics metrics() {
    return metrics;
  }

  /** An extractor for one request's use, idle or new. */
  QuoteExtractor borrow() {
    QuoteExtractor idle = idleExtractors.poll();
    return idle != null ? idle : new QuoteExtractor(models, kinds.contains(QuoteKind.CLAIM), aliases);
  }

  /** Takes back an extractor a request has finished with, keeping at most {@value #MAX_IDLE_EXTRACTORS}. */
  void giveBack(QuoteExtractor extractor) {
    if (idleExtractors.size() < MAX_IDLE_EXTRACTORS) {
      idleExtractors.offer(extractor);
    }
  }

  private static List<String> removeStrings(NamedList<?> args, String name) {
    List<String> out = new ArrayList<>();
    for (Object value = args.remove(name); value != null; value = args.remove(name)) {
      if (value instanceof Iterable<?> values) {
        for (Object v : values) {
          out.add(requireText(name, v));
        }
      } else {
        for (String part : requireText(name, value).split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }

  private static String requireText(String name, Object value) {
    if (!(value instanceof CharSequence) || value.toString().isBlank()) {
      throw new SolrException(SERVER_ERROR, "Init param '" + name + "' must hold non-empty strings, not " + value);
    }
    return value.toString().trim();
  }

  private static int removeInt(NamedList<?> args, String name, int defaultValue, int min) {
    Object value = args.remove(name);
    if (value == null) {
      return defaultValue;
    }
    int n;
    try {
      n = value instanceof Number number ? Math.toIntExact(number.longValue()) : Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new SolrException(SERVER_ERROR, "Init param '" + name + "' must be a whole number, not '" + value + "'");
    }
    if (n < min) {
      throw new SolrException(SERVER_ERROR, "Init param '" + name + "' must be at least " + min + ", not " + n);
    }
    return n;
  }
}
