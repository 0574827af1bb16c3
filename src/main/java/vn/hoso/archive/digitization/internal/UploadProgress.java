package vn.hoso.archive.digitization.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.digitization.DocumentIntake.AcceptedDocument;
import vn.hoso.archive.dossier.DossierId;

/**
 * The files of one upload to a dossier (table {@code document_upload}) and how far each has come in the pipeline,
 * read from its event stream ({@link DocumentProgress}): pages recognized, finished, or failed with a code.
 */
@Component
class UploadProgress {

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final RefusalMessages messages;

    UploadProgress(JdbcClient jdbc, EventStore eventStore, RefusalMessages messages) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    /** DIGITIZING until every document of the upload is recognized, failed or found a duplicate; then DONE. */
    enum State { DIGITIZING, DONE }

    record Status(String uploadId, String dossierId, String actor, Instant receivedAt, State state, int documents,
                  int documentsFinished, int pagesRecognized, List<Document> files) {
    }

    record Document(String documentId, String name, int pagesRecognized, boolean finished, String code,
                    String reason) {
    }

    /** Records an upload's documents; its id. */
    String record(DossierId dossier, List<AcceptedDocument> documents, Actor actor) {
        String uploadId = UUID.randomUUID().toString();
        Map<String, String> names = new LinkedHashMap<>();
        documents.forEach(document -> names.putIfAbsent(document.documentId(), document.originalName()));
        Timestamp now = Timestamp.from(Instant.now());
        names.forEach((documentId, name) -> jdbc.sql("""
                INSERT INTO document_upload (upload_id, document_id, dossier_id, original_name, actor, received_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(uploadId, documentId, dossier.value(), name, actor.name(), now)
                .update());
        return uploadId;
    }

    Optional<Status> of(String uploadId, Locale locale) {
        List<Row> rows = jdbc.sql("SELECT * FROM document_upload WHERE upload_id = ? ORDER BY original_name, document_id")
                .param(uploadId)
                .query((row, number) -> new Row(row.getString("document_id"), row.getString("dossier_id"),
                        row.getString("original_name"), row.getString("actor"),
                        row.getTimestamp("received_at").toInstant()))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Document> files = rows.stream().map(row -> document(row, locale)).toList();
        int finished = (int) files.stream().filter(Document::finished).count();
        Row first = rows.get(0);
        return Optional.of(new Status(uploadId, first.dossierId(), first.actor(), first.receivedAt(),
                finished == files.size() ? State.DONE : State.DIGITIZING, files.size(), finished,
                files.stream().mapToInt(Document::pagesRecognized).sum(), files));
    }

    private record Row(String documentId, String dossierId, String name, String actor, Instant receivedAt) {
    }

    private Document document(Row row, Locale locale) {
        DocumentProgress progress = DocumentProgress.of(eventStore, row.documentId());
        String code = progress.failure();
        return new Document(row.documentId(), row.name(), progress.recognizedPages().size(), progress.finished(), code,
                code == null ? null : messages.describe(code, new Object[] {row.name()}, locale));
    }
}
