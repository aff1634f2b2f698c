package io.solrquotes.solr;

import static org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST;

import io.solrquotes.extract.Quote;
import io.solrquotes.extract.QuoteExtractor;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.SolrInputField;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.AtomicUpdateDocumentMerger;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the quotations of one request's documents; see {@link QuoteExtractionUpdateProcessorFactory}.
 * Used by one request thread, so it holds its own extractor (taggers are not thread-safe), borrowed
 * from the factory at the first text to extract and given back when the request closes.
 */
final class QuoteExtractionUpdateProcessor extends UpdateRequestProcessor {

  private static final Logger log = LoggerFactory.getLogger(MethodHandles.lookup().lookupClass());

  /** The operations of an atomic update, as Solr's {@link AtomicUpdateDocumentMerger} knows them. */
  private static final List<String> ATOMIC_OPERATIONS =
      List.of("set", "add", "add-distinct", "remove", "removeregex", "inc");

  private final QuoteExtractionUpdateProcessorFactory config;
  private QuoteExtractor extractor;
  private final ExtractionMetrics metrics;

  /** A source field's value that is not text, or whose extraction failed. */
  private static final class BadSource extends Exception {
    private static final long serialVersionUID = 1L;

    BadSource(String message, Throwable cause) {
      super(message, cause);
    }
  }

  QuoteExtractionUpdateProcessor(
      QuoteExtractionUpdateProcessorFactory config, UpdateRequestProcessor next) {
    super(next);
    this.config = config;
    this.metrics = config.metrics();
  }

  @Override
  protected void doClose() {
    if (extractor != null) {
      config.giveBack(extractor);
      extractor = null;
    }
  }

  @Override
  public void processAdd(AddUpdateCommand cmd) throws IOException {
    SolrInputDocument doc = cmd.getSolrInputDocument();
    long started = System.nanoTime();
    try {
      addQuotes(cmd, doc);
    } finally {
      metrics.time(System.nanoTime() - started);
    }
    super.processAdd(cmd);
  }

  private void addQuotes(AddUpdateCommand cmd, SolrInputDocument doc) {
    boolean atomic = AtomicUpdateDocumentMerger.isAtomicUpdate(cmd);
    List<QuoteFields.Found> found = new ArrayList<>();
    boolean sourceSet = false;
    for (SolrInputField field : new ArrayList<>(doc.values())) {
      if (!config.reads(field.getName())) {
        continue;
      }
      Collection<Object> values = field.getValues();
      if (values == null) {
        continue; // a field set to null: no text
      }
      for (Object value : values) {
        Object text = value;
        // a child document is a map too, but never an atomic update
        if (value instanceof Map<?, ?> operation && !(value instanceof SolrInputDocument)) {
          if (!ATOMIC_OPERATIONS.containsAll(operation.keySet())) {
            // Solr refuses the document whatever onError says; this names the field
            metrics.add(ExtractionMetrics.Count.FAILED, 1);
            throw new SolrException(
                BAD_REQUEST,
                cannotRead(cmd, field.getName(), "a map with keys " + operation.keySet()
                    + ", which is neither text nor an atomic update (" + String.join(", ", ATOMIC_OPERATIONS) + ")"));
          }
          if (!operation.containsKey("set") && !operation.containsKey("add")) {
            continue; // inc, remove…: not new text
          }
          text = operation.containsKey("set") ? operation.get("set") : operation.get("add");
        }
        sourceSet = true;
        try {
          for (Object part : values(text)) {
            found.add(extract(cmd, field.getName(), part));
          }
        } catch (BadSource e) {
          if (config.onError() == QuoteExtractionUpdateProcessorFactory.OnError.FAIL) {
            metrics.add(ExtractionMetrics.Count.FAILED, 1);
            throw new SolrException(BAD_REQUEST, e.getMessage(), e.getCause());
          }
          metrics.add(ExtractionMetrics.Count.SKIPPED, 1);
          log.warn("{}; indexed without quotations", e.getMessage(), e.getCause());
          if (atomic) {
            clear(doc); // the stored quotations are those of the text this update replaces
          }
          return;
        }
      }
    }
    if (atomic && !sourceSet) {
      return; // the article keeps the quotations it has
    }
    metrics.add(ExtractionMetrics.Count.DOCS, 1);
    QuoteFields.Stored stored = QuoteFields.store(found, config.writeKeys());
    metrics.add(ExtractionMetrics.Count.QUOTES, stored.quotations());
    metrics.add(ExtractionMetrics.Count.CLAIMS, stored.claims());
    write(doc, stored, atomic);
  }

  private QuoteFields.Found extract(AddUpdateCommand cmd, String field, Object value) throws BadSource {
    if (!(value instanceof CharSequence chars)) {
      String what = value instanceof SolrInputDocument ? "a child document" : value.getClass().getSimpleName();
      throw new BadSource(cannotRead(cmd, field, what + ", not text"), null);
    }
    String text = chars.toString();
    if (text.length() > config.maxChars()) {
      text = SentenceCut.before(text, config.maxChars());
      metrics.add(ExtractionMetrics.Count.TRUNCATED, 1);
      log.info(
          "Field '{}' of document {} cut from {} to {} characters for quote extraction",
          field, cmd.getPrintableId(), chars.length(), text.length());
    }
    List<Quote> quotes;
    try {
      if (extractor == null) {
        extractor = config.borrow();
      }
      quotes = extractor.extract(text);
    } catch (RuntimeException e) {
      throw new BadSource(
          "Quote extraction failed on field '" + field + "' of document " + cmd.getPrintableId() + ": " + e, e);
    }
    List<Quote> kept = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      if (config.kinds().contains(q.kind()) && q.text().length() >= config.minLength()) {
        kept.add(q);
      }
    }
    return new QuoteFields.Found(field, text, kept);
  }

  private static String cannotRead(AddUpdateCommand cmd, String field, String holds) {
    return "Quote extraction cannot read field '" + field + "' of document " + cmd.getPrintableId() + ": it holds " + holds;
  }

  private static Collection<?> values(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof Collection<?> c ? c : List.of(value);
  }

  private static void write(SolrInputDocument doc, QuoteFields.Stored stored, boolean atomic) {
    List<String> speakers = new ArrayList<>(stored.speakers());
    List<String> pairs = new ArrayList<>(stored.pairs());
    if (atomic) {
      doc.setField(QuoteFields.DOC_TYPE, set(QuoteFields.ARTICLE));
      doc.setField(QuoteFields.CHILDREN, set(stored.children()));
      doc.setField(QuoteFields.SPEAKERS, set(speakers));
      doc.setField(QuoteFields.SPEAKER_QUOTE, set(pairs));
      doc.setField(QuoteFields.QUOTE_COUNT, set(stored.quotations()));
      doc.setField(QuoteFields.CLAIM_COUNT, set(stored.claims()));
      return;
    }
    doc.setField(QuoteFields.DOC_TYPE, QuoteFields.ARTICLE);
    doc.setField(QuoteFields.QUOTE_COUNT, stored.quotations());
    doc.setField(QuoteFields.CLAIM_COUNT, stored.claims());
    setOrRemove(doc, QuoteFields.CHILDREN, stored.children());
    setOrRemove(doc, QuoteFields.SPEAKERS, speakers);
    setOrRemove(doc, QuoteFields.SPEAKER_QUOTE, pairs);
  }

  /** Atomic operations that remove an article's quotations and the fields that summarise them. */
  private static void clear(SolrInputDocument doc) {
    doc.setField(QuoteFields.CHILDREN, set(List.of()));
    doc.setField(QuoteFields.SPEAKERS, set(null));
    doc.setField(QuoteFields.SPEAKER_QUOTE, set(null));
    doc.setField(QuoteFields.QUOTE_COUNT, set(null));
    doc.setField(QuoteFields.CLAIM_COUNT, set(null));
  }

  private static Map<String, Object> set(Object value) {
    return Collections.singletonMap("set", value);
  }

  private static void setOrRemove(SolrInputDocument doc, String field, List<?> values) {
    if (values.isEmpty()) {
      doc.removeField(field);
    } else {
      doc.setField(field, values);
    }
  }
}
