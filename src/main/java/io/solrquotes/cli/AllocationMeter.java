package io.solrquotes.cli;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by the current thread, through {@code com.sun.management.ThreadMXBean} where the
 * JVM offers it (HotSpot does).
 */
final class AllocationMeter {

  private final com.sun.management.ThreadMXBean threads;

  private AllocationMeter(com.sun.management.ThreadMXBean threads) {
    this.threads = threads;
  }

  static AllocationMeter create() {
    try {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
          && bean.isThreadAllocatedMemorySupported()) {
        bean.setThreadAllocatedMemoryEnabled(true);
        return new AllocationMeter(bean);
      }
    } catch (LinkageError | RuntimeException e) {
      // no jdk.management module, or measuring switched off: unavailable
    }
    return new AllocationMeter(null);
  }

  boolean available() {
    return threads != null;
  }

  /** Bytes the calling thread has allocated so far, or -1 when unavailable. */
  long currentThreadBytes() {
    return threads == null ? -1 : threads.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
