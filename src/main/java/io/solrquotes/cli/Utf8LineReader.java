package io.solrquotes.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a stream line by line as strict UTF-8, whatever the platform encoding, holding one line at
 * a time. Lines end at {@code \n} (a {@code \r} before it is dropped); a byte order mark opening
 * the stream is skipped. A line that is not valid UTF-8 is consumed and reported as a {@link
 * BadLineException}, so the caller may go on with the next one.
 */
final class Utf8LineReader implements Closeable {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final byte[] chunk = new byte[CHUNK];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int lineLength;
  private long lineNumber;

  Utf8LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * The next line without its terminator, or {@code null} at the end of the stream.
   *
   * @throws BadLineException if the line is not valid UTF-8 (it is skipped all the same)
   */
  String readLine() throws IOException, BadLineException {
    lineLength = 0;
    boolean started = false;
    while (true) {
      if (pos == limit && !fill()) {
        return started ? finishLine() : null;
      }
      started = true;
      int end = pos;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      append(pos, end);
      if (end < limit) {
        pos = end + 1;
        return finishLine();
      }
      pos = limit;
    }
  }

  /**
   * The number of the line last returned (or reported bad), counting from 1; 0 before the first.
   */
  long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(chunk, from, line, lineLength, n);
    lineLength += n;
  }

  private String finishLine() throws BadLineException {
    lineNumber++;
    int start = 0;
    int end = lineLength;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    if (lineNumber == 1
        && end >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(line, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      throw new BadLineException("not valid UTF-8");
    }
  }
}
