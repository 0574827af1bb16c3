package vn.hoso.archive.digitization.internal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;

/**
 * A scanned document's life: registered, pages recognized, then completed or failed. Recording a page twice (after a
 * restart re-ran it) changes nothing, so the pipeline may safely repeat work.
 */
@Aggregate
class ScannedDocument {

    @AggregateIdentifier
    private String documentId;
    private String dossierId;
    private final Set<Integer> recognizedPages = new HashSet<>();
    private boolean finished;

    ScannedDocument() {
    }

    @CommandHandler
    ScannedDocument(DocumentCommands.RegisterDocument command) {
        apply(new DocumentRegisteredEvent(command.documentId(), command.dossierId(), command.sha256(),
                command.sizeBytes(), command.mediaType(), command.originalName()));
    }

    @CommandHandler
    void handle(DocumentCommands.RecordPageText command) {
        if (finished || recognizedPages.contains(command.pageNumber())) {
            return;
        }
        apply(new PageTextRecognizedEvent(documentId, dossierId, command.pageNumber(), command.text(),
                command.meanWordConfidence(), command.wordCount(), command.durationMillis(), command.engine(),
                command.engineVersion(), command.languages(), command.modelSha256()));
    }

    @CommandHandler
    void handle(DocumentCommands.CompleteDigitization command) {
        if (!finished) {
            apply(new DigitizationCompletedEvent(documentId, dossierId, command.pageCount()));
        }
    }

    @CommandHandler
    void handle(DocumentCommands.FailDigitization command) {
        if (!finished) {
            apply(new DigitizationFailedEvent(documentId, dossierId, command.failure(), command.detail()));
        }
    }

    @EventSourcingHandler
    void on(DocumentRegisteredEvent event) {
        documentId = event.documentId();
        dossierId = event.dossierId();
    }

    @EventSourcingHandler
    void on(PageTextRecognizedEvent event) {
        recognizedPages.add(event.pageNumber());
    }

    @EventSourcingHandler
    void on(DigitizationCompletedEvent event) {
        finished = true;
    }

    @EventSourcingHandler
    void on(DigitizationFailedEvent event) {
        finished = true;
    }
}
