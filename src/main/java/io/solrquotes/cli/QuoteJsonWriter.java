package io.solrquotes.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.solrquotes.extract.Quote;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one UTF-8 JSON line per article: {@code {"id": ..., "quotes": [...]}}, each quote with
 * snake_case fields; absent values are written as {@code null}.
 */
final class QuoteJsonWriter implements Closeable {

  private final JsonGenerator json;

  /**
   * @param out where the lines go
   * @param closeOut whether {@link #close()} closes {@code out} (not for standard output)
   */
  QuoteJsonWriter(OutputStream out, boolean closeOut) throws IOException {
    json = ArticleParser.MAPPER.createGenerator(out, JsonEncoding.UTF8);
    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, closeOut);
    json.setRootValueSeparator(null); // lines are ended by write() instead
  }

  void write(JsonNode id, List<Quote> quotes) throws IOException {
    json.writeStartObject();
    json.writeFieldName("id");
    if (id == null) {
      json.writeNull();
    } else {
      json.writeTree(id);
    }
    json.writeArrayFieldStart("quotes");
    for (Quote quote : quotes) {
      writeQuote(quote);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void writeQuote(Quote q) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", q.kind().label());
    json.writeStringField("text", q.text());
    json.writeNumberField("start", q.start());
    json.writeNumberField("end", q.end());
    json.writeStringField("speaker", q.speaker());
    writeOffset("speaker_start", q.speakerStart());
    writeOffset("speaker_end", q.speakerEnd());
    json.writeStringField("speaker_mention", q.speakerMention());
    json.writeStringField("speaker_type", q.speakerType().label());
    json.writeStringField("speaker_title", q.speakerTitle());
    json.writeStringField("cue", q.cue());
    json.writeNumberField("confidence", q.confidence());
    json.writeNumberField("sentence_start", q.sentenceStart());
    json.writeNumberField("sentence_end", q.sentenceEnd());
    json.writeEndObject();
  }

  private void writeOffset(String name, int offset) throws IOException {
    if (offset < 0) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, offset);
    }
  }

  /** Flushes the lines written so far to the stream. */
  void flush() throws IOException {
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
