package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void theLineShowsRowsPagesAndTheRate() {
        assertThat(ProgressBar.line("OCR", 40, 40, 30, 120, 15.0))
                .isEqualTo("[########----------------------] OCR       rows 40/40  pages 30/120  2.00 pages/s");
        assertThat(ProgressBar.line("import", 5, 10, 12, 0, 2.0)).startsWith("[###############---------------] import");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        bar.show("OCR", 1, 1, 1, 2);
        bar.show("OCR", 1, 1, 2, 2);
        bar.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\r[").contains("\r[###").endsWith("pages/s\n");
    }
}
