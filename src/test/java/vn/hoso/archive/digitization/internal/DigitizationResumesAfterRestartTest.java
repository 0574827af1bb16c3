package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent;

/**
 * A crash in the middle of a document: {@code ./hoso import} runs as its own process on PostgreSQL and is killed
 * (SIGKILL) once the OCR threads have recorded a few pages of a 12-page scan. An application started again on the
 * same database and objects goes on from the pages already recorded: every page ends up recorded exactly once, and
 * the restarted application recognizes only the pages that had not been recorded when the process died.
 */
class DigitizationResumesAfterRestartTest {

    private static final int PAGES = 12;

    @TempDir
    Path work;

    private KillableArchive archive;

    @AfterEach
    void closeConnection() throws SQLException {
        archive.close();
    }

    @Test
    void aDocumentWhoseProcessWasKilledMidwayGoesOnFromItsLastRecordedPage() throws Exception {
        Path box = Files.createDirectories(work.resolve("hop"));
        Files.write(box.resolve("ho-so.pdf"), TestDocuments.imageOnlyPdf(IntStream.rangeClosed(1, PAGES)
                .mapToObj(page -> List.of("Trang " + page + " của hồ sơ lưu trữ", "Thôn Thanh Thùy")).toList()));
        Files.writeString(box.resolve("manifest.csv"), "box,folder,item,procedure,year,applicant,village,pages\n"
                + "H09,C01,1,CIVIL-BIRTH,2004,Nguyễn Văn An,,ho-so.pdf\n");

        archive = new KillableArchive(work);
        Process importing = archive.launch(work.resolve("import.log"), "--spring.main.web-application-type=none",
                "--hoso.import.dir=" + box);
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> recordedPages() >= 2);
        } finally {
            importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        int recordedBeforeKill = recordedPages();
        assertThat(recordedBeforeKill).as("the process died midway").isLessThan(PAGES);

        AtomicInteger recognizedAfterRestart = new AtomicInteger();
        try (ConfigurableApplicationContext restarted = start(recognizedAfterRestart)) {
            EventStore events = restarted.getBean(EventStore.class);
            String documentId = documentId();
            await().atMost(Duration.ofMinutes(3)).until(() -> DocumentProgress.of(events, documentId).finished());
            assertThat(DocumentProgress.of(events, documentId).failure()).isNull();
            assertThat(events.readEvents(documentId, 0).asStream()
                    .filter(event -> event.getPayload() instanceof PageTextRecognizedEvent)
                    .map(event -> ((PageTextRecognizedEvent) event.getPayload()).pageNumber()))
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PAGES).boxed().toList());
            assertThat(recognizedAfterRestart.get()).isEqualTo(PAGES - recordedBeforeKill);
            assertSearchablePdfHasEveryPage(events, documentId);
        }
    }

    /** Pages recorded before the kill come back from their stored layout, so the searchable PDF lacks none. */
    private void assertSearchablePdfHasEveryPage(EventStore events, String documentId) throws IOException {
        SearchablePdfProducedEvent produced = events.readEvents(documentId, 0).asStream()
                .map(event -> event.getPayload()).filter(SearchablePdfProducedEvent.class::isInstance)
                .map(SearchablePdfProducedEvent.class::cast).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(archive.objects().resolve(produced.searchablePdf().key()).toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(PAGES);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= PAGES; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("text layer of page %d", page).contains("Trang " + page);
            }
        }
    }

    private ConfigurableApplicationContext start(AtomicInteger recognized) {
        return archive.restart(context -> context.getBeanFactory().addBeanPostProcessor(counting(recognized)));
    }

    private int recordedPages() throws SQLException {
        return archive.count("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = '"
                + PageTextRecognizedEvent.class.getName() + "'");
    }

    private String documentId() throws SQLException {
        return archive.single("SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type = '"
                + vn.hoso.archive.digitization.DocumentRegisteredEvent.class.getName() + "'").orElseThrow();
    }

    /** Counts the pages the real engine is asked to recognize. */
    private static BeanPostProcessor counting(AtomicInteger recognized) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof TesseractOcrEngine engine ? new CountingEngine(engine, recognized) : bean;
            }
        };
    }

    private record CountingEngine(TesseractOcrEngine engine, AtomicInteger recognized) implements OcrEngine, AutoCloseable {
        @Override
        public RecognizedPage recognize(BufferedImage page, String languages, Layout layout) {
            RecognizedPage result = engine.recognize(page, languages, layout);
            recognized.incrementAndGet();
            return result;
        }

        @Override
        public Optional<PageOrientation> detectOrientation(BufferedImage page) {
            return engine.detectOrientation(page);
        }

        @Override
        public OcrProvenance provenance(String languages) {
            return engine.provenance(languages);
        }

        @Override
        public void close() {
            engine.close();
        }
    }
}
