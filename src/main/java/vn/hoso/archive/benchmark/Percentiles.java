package vn.hoso.archive.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of measured times. */
final class Percentiles {

    private Percentiles() {
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
