package io.solrquotes.launcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/**
 * Sends articles to Solr with SolrJ in batches, from a few threads (Solr extracts the quotations of
 * one update request on one thread, so two requests at a time keep two cores busy). A batch that Solr
 * refuses is sent again one article at a time, so that only the bad articles fail, each with Solr's
 * reason. Solr not answering at all stops the run.
 */
final class Indexer {

  /** An article Solr refused, and why. */
  record Failure(String id, String where, String reason) {}

  private record Pending(ArticleReader.Article article, SolrInputDocument doc) {}

  private final SolrClient client;
  /** Sent with every update request, e.g. {@code quotes.enabled=false}; empty for none. */
  private final SolrParams params;
  private final FieldMapper mapper;
  private final int batchSize;
  private final ProgressBar progress;
  private final ExecutorService workers;
  /** Batches sent or queued: at most two per thread, so a large corpus is never all in memory. */
  private final Semaphore inFlight;
  private final List<String> indexedIds = Collections.synchronizedList(new ArrayList<>());
  private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong done = new AtomicLong();
  private double commitSeconds;
  private final AtomicReference<LauncherException> fatal = new AtomicReference<>();
  private List<Pending> batch = new ArrayList<>();

  Indexer(SolrClient client, FieldMapper mapper, int batchSize, int threads, ProgressBar progress) {
    this(client, new ModifiableSolrParams(), mapper, batchSize, threads, progress);
  }

  /** @param params request parameters sent with every update request (not with the commit) */
  Indexer(SolrClient client, SolrParams params, FieldMapper mapper, int batchSize, int threads, ProgressBar progress) {
    this.client = client;
    this.params = params;
    this.mapper = mapper;
    this.batchSize = batchSize;
    this.progress = progress;
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "quotes-indexer");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = new Semaphore(2 * threads);
  }

  void add(ArticleReader.Article article) throws LauncherException {
    batch.add(new Pending(article, mapper.document(article)));
    if (batch.size() >= batchSize) {
      submit();
    }
  }

  /** Sends what is left, waits for every batch, and commits, so that searches see every article. */
  void finish() throws LauncherException {
    submit();
    workers.shutdown();
    try {
      while (!workers.awaitTermination(200, TimeUnit.MILLISECONDS)) {
        progress.update(done.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("interrupted", e);
    }
    rethrow();
    long commitStart = System.nanoTime();
    try {
      client.commit();
      commitSeconds = (System.nanoTime() - commitStart) / 1e9;
    } catch (SolrServerException | IOException | SolrException e) {
      throw new LauncherException("the commit failed: " + reason(e), e);
    }
  }

  /** How long the commit that {@link #finish} sent took, in seconds (0 before it returns). */
  double commitSeconds() {
    return commitSeconds;
  }

  /** The ids of the articles Solr took. */
  List<String> indexedIds() {
    return indexedIds;
  }

  List<Failure> failures() {
    return failures;
  }

  private void submit() throws LauncherException {
    rethrow();
    if (batch.isEmpty()) {
      return;
    }
    List<Pending> toSend = batch;
    batch = new ArrayList<>();
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("interrupted", e);
    }
    workers.execute(
        () -> {
          try {
            if (fatal.get() == null) {
              send(toSend);
            }
          } catch (LauncherException e) {
            fatal.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
    progress.update(done.get());
  }

  private void send(List<Pending> pending) throws LauncherException {
    List<SolrInputDocument> docs = new ArrayList<>(pending.size());
    pending.forEach(p -> docs.add(p.doc()));
    try {
      post(docs);
      pending.forEach(p -> indexedIds.add(p.article().id()));
    } catch (SolrServerException | IOException | SolrException e) {
      // one article at a time: only the bad ones fail (the good ones of the batch are replaced, not doubled)
      for (Pending p : pending) {
        try {
          post(List.of(p.doc()));
          indexedIds.add(p.article().id());
        } catch (SolrException refused) {
          failures.add(new Failure(p.article().id(), p.article().where(), reason(refused)));
        } catch (SolrServerException | IOException down) {
          throw new LauncherException("Solr did not take article " + p.article().id() + ": " + reason(down), down);
        }
      }
    }
    done.addAndGet(pending.size());
  }

  private void post(List<SolrInputDocument> docs) throws SolrServerException, IOException {
    UpdateRequest request = new UpdateRequest();
    request.add(docs);
    request.setParams(new ModifiableSolrParams(params));
    request.process(client);
  }

  private void rethrow() throws LauncherException {
    LauncherException e = fatal.get();
    if (e != null) {
      workers.shutdownNow();
      throw e;
    }
  }

  /** Solr's message without SolrJ's "Error from server at URL: " in front, on one line. */
  static String reason(Throwable e) {
    String message = e.getMessage();
    if (message == null) {
      Throwable cause = e.getCause();
      return cause != null && cause != e ? reason(cause) : e.getClass().getSimpleName();
    }
    message = message.replaceFirst("^Error from server at \\S+: ", "").strip();
    int eol = message.indexOf('\n');
    return eol < 0 ? message : message.substring(0, eol).strip();
  }
}
