package vn.hoso.archive.digitization.internal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.ReOcrRequestedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent;

/**
 * A scanned document's life: registered, then either linked to an earlier document with the same original or read
 * page by page (run 1), its derivatives produced, completed or failed; pages reviewed; read again on request (run 2,
 * 3, …). Recording a page twice in a run (after a restart re-ran it) changes nothing, so the pipeline may safely
 * repeat work; results of a run other than the current one are ignored.
 */
@Aggregate
class ScannedDocument {

    @AggregateIdentifier
    private String documentId;
    private String dossierId;
    private String sha256;
    private String mediaType;
    private String originalName;
    private int run;
    private final Set<Integer> recognizedPages = new HashSet<>();
    private boolean derivativesProduced;
    private boolean finished;
    private boolean duplicate;

    ScannedDocument() {
    }

    @CommandHandler
    ScannedDocument(DocumentCommands.RegisterDocument command) {
        apply(new DocumentRegisteredEvent(command.documentId(), command.dossierId(), command.sha256(),
                command.sizeBytes(), command.mediaType(), command.originalName()));
    }

    @CommandHandler
    void handle(DocumentCommands.LinkDuplicate command) {
        if (!finished) {
            apply(new DuplicateDetectedEvent(documentId, dossierId, sha256, command.originalDocumentId()));
        }
    }

    @CommandHandler
    void handle(DocumentCommands.RecordPageText command) {
        if (isStale(command.run()) || recognizedPages.contains(command.pageNumber())) {
            return;
        }
        apply(new PageTextRecognizedEvent(documentId, dossierId, run, command.pageNumber(), command.text(),
                command.source(), command.measures(), command.provenance(), command.uncertainWords(),
                command.pageImageKey()));
    }

    @CommandHandler
    void handle(DocumentCommands.RecordSearchablePdf command) {
        if (!isStale(command.run()) && !derivativesProduced) {
            apply(new SearchablePdfProducedEvent(documentId, dossierId, run, command.pageCount(),
                    command.searchablePdf(), command.text(), command.hocr(), SearchablePdf.CONFORMANCE));
        }
    }

    @CommandHandler
    void handle(DocumentCommands.CompleteDigitization command) {
        if (!isStale(command.run())) {
            apply(new DigitizationCompletedEvent(documentId, dossierId, command.pageCount()));
        }
    }

    @CommandHandler
    void handle(DocumentCommands.FailDigitization command) {
        if (!isStale(command.run())) {
            apply(new DigitizationFailedEvent(documentId, dossierId, command.failure(), command.detail(),
                    command.failure().retriable()));
        }
    }

    @CommandHandler
    void handle(DocumentCommands.ReviewPage command) {
        if (!recognizedPages.contains(command.pageNumber())) {
            throw ApiProblem.notFound("PAGE_NOT_FOUND", documentId, command.pageNumber());
        }
        apply(new PageReviewedEvent(documentId, dossierId, run, command.pageNumber(), command.correctedText(),
                command.reviewer()));
    }

    @CommandHandler
    void handle(DocumentCommands.RequestReOcr command) {
        if (duplicate) {
            throw ApiProblem.conflict("DOCUMENT_IS_DUPLICATE", documentId);
        }
        if (!finished) {
            throw ApiProblem.conflict("DIGITIZATION_IN_PROGRESS", documentId);
        }
        apply(new ReOcrRequestedEvent(documentId, dossierId, run + 1, sha256, mediaType, originalName,
                command.languages(), command.modelSha256(), command.reason(), command.requester()));
    }

    /** A result of an earlier run, or one arriving after the run ended. */
    private boolean isStale(int resultRun) {
        return finished || resultRun != run;
    }

    @EventSourcingHandler
    void on(DocumentRegisteredEvent event) {
        documentId = event.documentId();
        dossierId = event.dossierId();
        sha256 = event.sha256();
        mediaType = event.mediaType();
        originalName = event.originalName();
        run = 1;
    }

    @EventSourcingHandler
    void on(DuplicateDetectedEvent event) {
        duplicate = true;
        finished = true;
    }

    @EventSourcingHandler
    void on(PageTextRecognizedEvent event) {
        recognizedPages.add(event.pageNumber());
    }

    @EventSourcingHandler
    void on(SearchablePdfProducedEvent event) {
        derivativesProduced = true;
    }

    @EventSourcingHandler
    void on(DigitizationCompletedEvent event) {
        finished = true;
    }

    @EventSourcingHandler
    void on(DigitizationFailedEvent event) {
        finished = true;
    }

    @EventSourcingHandler
    void on(ReOcrRequestedEvent event) {
        run = event.run();
        recognizedPages.clear();
        derivativesProduced = false;
        finished = false;
    }
}
