package io.solrquotes.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * An expected failure (bad input, unreadable file, model that will not load): the command prints
 * the message alone and exits with 1. A cause that is not an {@link java.io.IOException} is taken
 * for a bug and its stack trace is printed as well.
 */
final class CliException extends Exception {

  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }

  /** "in.jsonl: no such file" rather than the bare exception. */
  static CliException of(FileSystemException e) {
    String reason =
        e instanceof NoSuchFileException
            ? "no such file"
            : e instanceof AccessDeniedException
                ? "permission denied"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    return new CliException(e.getFile() + ": " + reason);
  }
}
