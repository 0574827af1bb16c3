package vn.hoso.archive.digitization.internal;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Where one page's time went, stage by stage, in elapsed time of the thread that ran each stage. Filled while the page
 * goes through the stages (one thread at a time), then only read or added up.
 */
final class StageTimes {

    private final long[] nanos = new long[PageStage.values().length];

    <T> T time(PageStage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - start);
        }
    }

    void record(PageStage stage, long elapsedNanos) {
        nanos[stage.ordinal()] += elapsedNanos;
    }

    void add(StageTimes other) {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] += other.nanos[i];
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
}
