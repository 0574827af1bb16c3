package vn.hoso.archive.digitization.internal;

import java.io.PrintStream;

/**
 * One line redrawn in place on a terminal: a bar, rows and pages done, and the page rate. When the output is not a
 * terminal, a plain line is printed at most every {@link #PLAIN_INTERVAL_NANOS}, and always at the end.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastPlainNanos;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void show(String phase, int rowsDone, int rowsTotal, int pagesDone, int pagesTotal) {
        long now = System.nanoTime();
        if (!terminal && now - lastPlainNanos < PLAIN_INTERVAL_NANOS && pagesDone < pagesTotal) {
            return;
        }
        lastPlainNanos = now;
        String line = line(phase, rowsDone, rowsTotal, pagesDone, pagesTotal, (now - startNanos) / 1e9);
        out.print(terminal ? "\r" + line : line + System.lineSeparator());
        out.flush();
    }

    void finish() {
        if (terminal) {
            out.println();
        }
    }

    static String line(String phase, int rowsDone, int rowsTotal, int pagesDone, int pagesTotal, double seconds) {
        double share = pagesTotal > 0 ? (double) pagesDone / pagesTotal : (double) rowsDone / Math.max(1, rowsTotal);
        int filled = (int) Math.round(Math.min(1, share) * WIDTH);
        return String.format("[%s%s] %-9s rows %d/%d  pages %s  %.2f pages/s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), phase, rowsDone, rowsTotal,
                pagesTotal > 0 ? pagesDone + "/" + pagesTotal : String.valueOf(pagesDone),
                seconds > 0 ? pagesDone / seconds : 0.0);
    }
}
