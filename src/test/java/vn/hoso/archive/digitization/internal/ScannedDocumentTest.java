package vn.hoso.archive.digitization.internal;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;

class ScannedDocumentTest {

    private static final DocumentRegisteredEvent REGISTERED =
            new DocumentRegisteredEvent("doc-1", "THANHOAI-251125-0001", "ab".repeat(32), 10, "image/png", "scan.png");
    private static final Map<String, String> MODELS = Map.of("vie", "00".repeat(32));

    private FixtureConfiguration<ScannedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScannedDocument.class);
    }

    private static DocumentCommands.RecordPageText page(int number) {
        return new DocumentCommands.RecordPageText("doc-1", number, "ngày", 91.5, 1, 800, "tesseract", "5.3.0",
                "vie+eng", MODELS);
    }

    @Test
    void recordsARecognizedPage() {
        fixture.given(REGISTERED)
                .when(page(1))
                .expectEvents(new PageTextRecognizedEvent("doc-1", "THANHOAI-251125-0001", 1, "ngày", 91.5, 1, 800,
                        "tesseract", "5.3.0", "vie+eng", MODELS));
    }

    @Test
    void aPageRecognizedAgainAfterARestartIsNotRecordedTwice() {
        fixture.given(REGISTERED, new PageTextRecognizedEvent("doc-1", "THANHOAI-251125-0001", 1, "ngày", 91.5, 1, 800,
                        "tesseract", "5.3.0", "vie+eng", MODELS))
                .when(page(1))
                .expectNoEvents();
    }

    @Test
    void aCompletedDocumentTakesNoMorePages() {
        fixture.given(REGISTERED, new DigitizationCompletedEvent("doc-1", "THANHOAI-251125-0001", 1))
                .when(page(2))
                .expectNoEvents();
    }
}
