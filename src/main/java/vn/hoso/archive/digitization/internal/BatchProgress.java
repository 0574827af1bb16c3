package vn.hoso.archive.digitization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * How far a manifest batch has come: its rows from their recorded outcomes, its pages from the documents' event
 * streams ({@link DigitizationWatch}, as {@code ./hoso import} follows them); reasons in the caller's language.
 */
@Component
class BatchProgress {

    private final ImportBatches batches;
    private final EventStore eventStore;
    private final RefusalMessages messages;

    BatchProgress(ImportBatches batches, EventStore eventStore, RefusalMessages messages) {
        this.batches = batches;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    /**
     * IMPORTING while rows are being imported, DIGITIZING until every imported document is recognized or failed,
     * then DONE; STOPPED when the batch's upload was lost before all its rows were through.
     */
    enum State { IMPORTING, DIGITIZING, DONE, STOPPED }

    record Status(String batchId, State state, Instant receivedAt, Runner runner, Rows rows, Pages pages,
                  List<FailedRow> failedRows, List<FailedDocument> failedDocuments, String code) {
    }

    /** The node importing the batch's rows under its lease, and since when; none while no node holds it. */
    record Runner(String node, Instant since) {
    }

    /** Rows of the manifest: all of them, those imported (a new or found archive record) and those refused. */
    record Rows(int total, int imported, int failed) {
    }

    /** Pages of the imported documents, and how many are recognized. */
    record Pages(int total, int recognized) {
    }

    record FailedRow(int row, String key, String code, String reason) {
    }

    record FailedDocument(int row, String documentId, String name, String code, String reason) {
    }

    Optional<Status> of(String batchId, Locale locale) {
        return batches.find(batchId).map(batch -> status(batch, locale));
    }

    private Status status(ImportBatches.Batch batch, Locale locale) {
        List<ImportBatches.RecordedRow> rows = batches.rows(batch.batchId());
        List<ImportBatches.BatchDocument> documents = batches.documents(batch.batchId());
        DigitizationWatch watch = new DigitizationWatch(eventStore,
                documents.stream().map(ImportBatches.BatchDocument::documentId).toList());
        watch.refresh();
        List<FailedRow> failedRows = rows.stream().filter(row -> row.failureCode() != null)
                .map(row -> new FailedRow(row.rowNumber(), row.key(), row.failureCode(), messages.describe(
                        row.failureCode(), row.failureArguments().toArray(), locale)))
                .toList();
        Map<String, String> failures = watch.failures();
        List<FailedDocument> failedDocuments = documents.stream().filter(document -> failures.containsKey(document.documentId()))
                .map(document -> failedDocument(document, failures.get(document.documentId()), locale)).toList();
        return new Status(batch.batchId(), state(batch, watch), batch.receivedAt(),
                batch.runner() == null ? null : new Runner(batch.runner(), batch.runningSince()),
                new Rows(batch.rowCount(), rows.size() - failedRows.size(), failedRows.size()),
                new Pages(rows.stream().mapToInt(ImportBatches.RecordedRow::pageCount).sum(), watch.pagesRecognized()),
                failedRows, failedDocuments, batch.failureCode());
    }

    private FailedDocument failedDocument(ImportBatches.BatchDocument document, String code, Locale locale) {
        return new FailedDocument(document.rowNumber(), document.documentId(), document.originalName(), code,
                messages.describe(code, new Object[] {document.originalName()}, locale));
    }

    private static State state(ImportBatches.Batch batch, DigitizationWatch watch) {
        if (batch.failureCode() != null) {
            return State.STOPPED;
        }
        if (batch.importedAt() == null) {
            return State.IMPORTING;
        }
        return watch.allFinished() ? State.DONE : State.DIGITIZING;
    }
}
