package vn.hoso.archive.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.HtmlUtils;

/** Runs the demo story against the application's own HTTP API, then leaves the application serving. */
@Component
@ConditionalOnProperty(name = "hoso.demo.enabled", havingValue = "true")
class DemoRun {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);
    private static final Duration DIGITIZATION_WAIT = Duration.ofMinutes(10);
    private static final Duration INDEX_REFRESH = Duration.ofMillis(1500);

    private final DemoProperties properties;
    private final PrintStream out = System.out;

    DemoRun(DemoProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        Thread thread = new Thread(() -> run("http://localhost:" + port), "demo");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(String baseUrl) {
        RestClient http = RestClient.builder().baseUrl(baseUrl).defaultHeader("X-Hoso-Actor", "demo.archivist").build();
        try {
            Instant start = Instant.now();
            List<Path> pages = SamplePages.collect(Path.of(properties.samples()), properties.maxPages(),
                    Path.of(System.getProperty("java.io.tmpdir"), "hoso-demo-pages"));
            String dossierId = receiveDossier(http);
            upload(http, dossierId, pages);
            JsonNode history = awaitDigitized(http, dossierId, pages.size());
            printDigitization(history, Duration.between(start, Instant.now()));
            printSearch(http.get().uri("/api/search?q={q}&size=5", properties.query()).retrieve().body(JsonNode.class));
            printHistory(dossierId, history);
            out.printf("%nHồ Sơ is serving on %s — press Ctrl-C to stop.%n", baseUrl);
        } catch (Exception e) {
            log.error("The demo failed", e);
            out.println("The demo failed: " + e.getMessage() + " (details in the log above)");
        }
    }

    private String receiveDossier(RestClient http) {
        JsonNode receipt = http.post().uri("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("procedureCode", "LAND-FIRST-CERT", "applicantName", "Nguyễn Văn An", "channel", "DIRECT"))
                .retrieve().body(JsonNode.class);
        String dossierId = receipt.get("dossierId").asText();
        out.printf("%nReceived dossier %s (first-time land-use-right certificate, Nguyễn Văn An)%n", dossierId);
        return dossierId;
    }

    private void upload(RestClient http, String dossierId, List<Path> pages) {
        var form = new LinkedMultiValueMap<String, Object>();
        pages.forEach(page -> form.add("file", new FileSystemResource(page)));
        http.post().uri("/api/dossiers/{id}/documents", dossierId).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).retrieve().toBodilessEntity();
        out.printf("Uploaded %d scanned pages from %s; digitizing…%n", pages.size(), pages.get(0).getParent());
    }

    private JsonNode awaitDigitized(RestClient http, String dossierId, int documents) throws InterruptedException {
        Instant deadline = Instant.now().plus(DIGITIZATION_WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode history = http.get().uri("/api/dossiers/{id}/history", dossierId).retrieve().body(JsonNode.class);
            if (entriesOfType(history, "DigitizationCompletedEvent").size() == documents) {
                Thread.sleep(INDEX_REFRESH.toMillis());
                return history;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The pages were not digitized within " + DIGITIZATION_WAIT);
    }

    private void printDigitization(JsonNode history, Duration elapsed) {
        List<JsonNode> pages = entriesOfType(history, "PageTextRecognizedEvent");
        LongSummaryStatistics ocrMillis = pages.stream()
                .mapToLong(page -> page.get("payload").get("measures").get("durationMillis").asLong()).summaryStatistics();
        out.printf("Digitized %d pages in %.1f s from receipt; OCR per page: mean %d ms, max %d ms%n", pages.size(),
                elapsed.toMillis() / 1000.0, Math.round(ocrMillis.getAverage()), ocrMillis.getMax());
    }

    private void printSearch(JsonNode result) {
        out.printf("%nSearch \"%s\" (typed without diacritics): %d pages match%n", properties.query(),
                result.get("total").asLong());
        for (JsonNode hit : result.get("hits")) {
            out.printf("  %s · page %d of document %s%n    …%s…%n", hit.get("dossierId").asText(),
                    hit.get("pageNumber").asInt(), hit.get("documentId").asText(),
                    HtmlUtils.htmlUnescape(hit.get("snippet").asText()).replace("<em>", "[").replace("</em>", "]"));
        }
    }

    private void printHistory(String dossierId, JsonNode history) {
        out.printf("%nHistory of %s (%d events):%n", dossierId, history.size());
        for (JsonNode entry : history) {
            out.printf("  %s  %s%n", entry.get("timestamp").asText(), entry.get("sentence").asText());
        }
    }

    private static List<JsonNode> entriesOfType(JsonNode history, String type) {
        List<JsonNode> entries = new ArrayList<>();
        history.forEach(entry -> {
            if (entry.get("type").asText().equals(type)) {
                entries.add(entry);
            }
        });
        return entries;
    }
}
