package io.solrquotes.launcher;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends java.util.logging records (Jersey, inside Solr, logs that way) to log4j, and so to Solr's log
 * file, instead of the terminal.
 */
final class JulToLog4j extends Handler {

  private JulToLog4j() {}

  static void install() {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.INFO);
    root.addHandler(new JulToLog4j());
  }

  @Override
  public void publish(LogRecord record) {
    if (record == null || !isLoggable(record)) {
      return;
    }
    String message = record.getMessage();
    Object[] params = record.getParameters();
    if (params != null && params.length > 0 && message != null) {
      try {
        message = java.text.MessageFormat.format(message, params);
      } catch (IllegalArgumentException e) {
        // keep the pattern as it is
      }
    }
    int level = record.getLevel().intValue();
    org.apache.logging.log4j.Level to =
        level >= Level.SEVERE.intValue()
            ? org.apache.logging.log4j.Level.ERROR
            : level >= Level.WARNING.intValue()
                ? org.apache.logging.log4j.Level.WARN
                : level >= Level.INFO.intValue() ? org.apache.logging.log4j.Level.INFO : org.apache.logging.log4j.Level.DEBUG;
    String name = record.getLoggerName() == null ? "jul" : record.getLoggerName();
    org.apache.logging.log4j.LogManager.getLogger(name).log(to, message, record.getThrown());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
