package vn.hoso.archive.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;

/**
 * The story `./hoso demo` tells, on the embedded default: a dossier received, two pages of the shared corpus (or
 * pages the demo renders when it is absent) digitized, a search typed without diacritics, the history in sentences.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DemoRunTest {

    @DynamicPropertySource
    static void embeddedDemo(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "demo");
        registry.add("hoso.demo.enabled", () -> "true");
        registry.add("hoso.demo.max-pages", () -> "2");
    }

    @Test
    void theDemoTellsItsWholeStory(CapturedOutput output) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> output.getOut().contains("press Ctrl-C to stop") || output.getOut().contains("The demo failed"));
        assertThat(output.getOut()).doesNotContain("The demo failed")
                .contains("Received dossier THANHOAI-", "(typed without diacritics)")
                .containsPattern("Digitized [1-9]\\d* pages")
                .containsPattern("Search \"ngay\" \\(typed without diacritics\\): [1-9]\\d* pages match")
                .contains("tiếp nhận hồ sơ THANHOAI-");
    }
}
