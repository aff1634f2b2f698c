package io.solrquotes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java 17 cannot ask directly. */
final class Terminal {

  private Terminal() {}

  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2"); // Linux: a link to the terminal device or the file
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the portable approximation
    }
    return System.console() != null; // stdin and stdout are terminals; stderr most likely too
  }
}
