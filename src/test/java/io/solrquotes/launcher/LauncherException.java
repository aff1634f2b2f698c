package io.solrquotes.launcher;

/** An error the launcher reports in one line, without a stack trace, and exits on. */
final class LauncherException extends Exception {

  private static final long serialVersionUID = 1L;

  LauncherException(String message) {
    super(message);
  }

  LauncherException(String message, Throwable cause) {
    super(message, cause);
  }
}
