package vn.hoso.archive.digitization.internal;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DigitizationFailure;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.ReOcrRequestedEvent;

class ScannedDocumentTest {

    private static final String DOSSIER = "THANHOAI-251125-0001";
    private static final String SHA256 = "ab".repeat(32);
    private static final DocumentRegisteredEvent REGISTERED =
            new DocumentRegisteredEvent("doc-1", DOSSIER, SHA256, 10, "image/png", "scan.png");
    private static final Map<String, String> MODELS = Map.of("vie", "00".repeat(32));
    private static final PageTextRecognizedEvent.Measures MEASURES =
            new PageTextRecognizedEvent.Measures(91.5, 1, 0.95, 0.87, 90, 1.5, 800, false);
    private static final PageTextRecognizedEvent.Provenance PROVENANCE =
            new PageTextRecognizedEvent.Provenance("tesseract", "5.3.0", "vie+eng", MODELS, "oem=LSTM psm=3 dpi=300");
    private static final List<PageTextRecognizedEvent.UncertainWord> UNCERTAIN =
            List.of(new PageTextRecognizedEvent.UncertainWord("ngay", 41));

    private FixtureConfiguration<ScannedDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScannedDocument.class);
    }

    private static DocumentCommands.RecordPageText page(int run, int number) {
        return new DocumentCommands.RecordPageText("doc-1", run, number, "ngày", PageTextRecognizedEvent.TextSource.OCR,
                MEASURES, PROVENANCE, UNCERTAIN, "derivatives/doc-1/run-" + run + "/page-0001.jpg");
    }

    private static PageTextRecognizedEvent recognized(int run, int number) {
        DocumentCommands.RecordPageText page = page(run, number);
        return new PageTextRecognizedEvent("doc-1", DOSSIER, run, number, "ngày", page.source(), MEASURES, PROVENANCE,
                UNCERTAIN, page.pageImageKey());
    }

    private static final DigitizationCompletedEvent COMPLETED = new DigitizationCompletedEvent("doc-1", DOSSIER, 1);

    private static ReOcrRequestedEvent reOcrRequested(int run) {
        return new ReOcrRequestedEvent("doc-1", DOSSIER, run, SHA256, "image/png", "scan.png", "vie",
                MODELS, "newer model", "archivist.lan");
    }

    @Test
    void recordsARecognizedPageWithHowItWasRead() {
        fixture.given(REGISTERED)
                .when(page(1, 1))
                .expectEvents(recognized(1, 1));
    }

    @Test
    void aPageRecognizedAgainAfterARestartIsNotRecordedTwice() {
        fixture.given(REGISTERED, recognized(1, 1))
                .when(page(1, 1))
                .expectNoEvents();
    }

    @Test
    void aCompletedDocumentTakesNoMorePages() {
        fixture.given(REGISTERED, COMPLETED)
                .when(page(1, 2))
                .expectNoEvents();
    }

    @Test
    void aDuplicateIsLinkedToTheFirstDocumentAndCannotBeReadAgain() {
        fixture.given(REGISTERED)
                .when(new DocumentCommands.LinkDuplicate("doc-1", "doc-0"))
                .expectEvents(new DuplicateDetectedEvent("doc-1", DOSSIER, SHA256, "doc-0"));
        fixture.given(REGISTERED, new DuplicateDetectedEvent("doc-1", DOSSIER, SHA256, "doc-0"))
                .when(new DocumentCommands.RequestReOcr("doc-1", "vie", MODELS, "newer model", "archivist.lan"))
                .expectException(ApiProblem.class);
    }

    @Test
    void anOcrFailureSaysWhetherItMaySucceedOnAnotherTry() {
        fixture.given(REGISTERED)
                .when(new DocumentCommands.FailDigitization("doc-1", 1, DigitizationFailure.OCR_FAILED, "engine died"))
                .expectEvents(new DigitizationFailedEvent("doc-1", DOSSIER, DigitizationFailure.OCR_FAILED,
                        "engine died", true));
    }

    @Test
    void aReviewCorrectsARecognizedPageAndNamesTheReviewer() {
        fixture.given(REGISTERED, recognized(1, 1), COMPLETED)
                .when(new DocumentCommands.ReviewPage("doc-1", 1, "ngày 12", "archivist.lan"))
                .expectEvents(new PageReviewedEvent("doc-1", DOSSIER, 1, 1, "ngày 12", "archivist.lan"));
        fixture.given(REGISTERED, recognized(1, 1), COMPLETED)
                .when(new DocumentCommands.ReviewPage("doc-1", 2, "ngày 12", "archivist.lan"))
                .expectException(ApiProblem.class);
    }

    @Test
    void reOcrStartsANewRunWhosePagesAreRecordedAgainWhileLateResultsOfTheOldRunAreNot() {
        fixture.given(REGISTERED, recognized(1, 1), COMPLETED)
                .when(new DocumentCommands.RequestReOcr("doc-1", "vie", MODELS, "newer model", "archivist.lan"))
                .expectEvents(reOcrRequested(2));
        fixture.given(REGISTERED, recognized(1, 1), COMPLETED, reOcrRequested(2))
                .when(page(2, 1))
                .expectEvents(recognized(2, 1));
        fixture.given(REGISTERED, recognized(1, 1), COMPLETED, reOcrRequested(2))
                .when(page(1, 2))
                .expectNoEvents();
    }

    @Test
    void reOcrWaitsForTheRunningDigitizationToEnd() {
        fixture.given(REGISTERED, recognized(1, 1))
                .when(new DocumentCommands.RequestReOcr("doc-1", "vie", MODELS, "newer model", "archivist.lan"))
                .expectException(ApiProblem.class);
    }
}
