package io.solrquotes.cli;

/**
 * What one benchmark thread measured.
 *
 * @param articles articles extracted in the measured window
 * @param utf8Bytes their UTF-8 text size
 * @param elapsedNanos length of the thread's measured window
 * @param allocatedBytes bytes the thread allocated in that window, or -1 when unknown
 * @param latencies per-article extraction times
 * @param quoteCounts quotes found per corpus article (warm-up included), -1 where never extracted
 * @param mismatches times an article gave a different quote count than on the thread's earlier pass
 */
record WorkerResult(
    long articles,
    long utf8Bytes,
    long elapsedNanos,
    long allocatedBytes,
    LatencyHistogram latencies,
    int[] quoteCounts,
    long mismatches) {}
