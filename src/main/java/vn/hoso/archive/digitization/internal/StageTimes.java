package vn.hoso.archive.digitization.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Where one page's time went, stage by stage, in elapsed time of the thread that ran each stage and in that thread's
 * CPU time (which, unlike elapsed time, does not grow while the thread waits for a core on a busy machine). Filled
 * while the page goes through the stages (one thread at a time), then only read or added up.
 */
final class StageTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long[] nanos = new long[PageStage.values().length];
    private final long[] cpuNanos = new long[PageStage.values().length];

    /** The calling thread's CPU time so far, in nanoseconds. */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    <T> T time(PageStage stage, Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = threadCpuNanos();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - start, threadCpuNanos() - cpuStart);
        }
    }

    void record(PageStage stage, long elapsedNanos, long cpuNanos) {
        nanos[stage.ordinal()] += elapsedNanos;
        this.cpuNanos[stage.ordinal()] += cpuNanos;
    }

    void add(StageTimes other) {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] += other.nanos[i];
            cpuNanos[i] += other.cpuNanos[i];
        }
    }

    long millis(PageStage stage) {
        return nanos[stage.ordinal()] / 1_000_000;
    }

    long totalMillis() {
        return Arrays.stream(nanos).sum() / 1_000_000;
    }

    /** Every stage but text recognition itself. */
    long outsideOcrMillis() {
        return (Arrays.stream(nanos).sum() - nanos[PageStage.OCR.ordinal()]) / 1_000_000;
    }

    long cpuMillis(PageStage stage) {
        return cpuNanos[stage.ordinal()] / 1_000_000;
    }

    /** Of the CPU time of all stages, the share spent in stages other than text recognition. */
    double outsideOcrCpuShare() {
        long total = Arrays.stream(cpuNanos).sum();
        return total == 0 ? 0 : 1 - (double) cpuNanos[PageStage.OCR.ordinal()] / total;
    }
}
