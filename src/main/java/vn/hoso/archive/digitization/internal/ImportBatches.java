package vn.hoso.archive.digitization.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoso.archive.access.Actor;

/**
 * Manifest batches uploaded over HTTP and the outcome of each of their rows (tables {@code import_batch},
 * {@code import_batch_row}, {@code import_batch_document}). A row's outcome is written once, with its documents.
 */
@Component
class ImportBatches {

    private static final int MAX_ARGUMENT_LENGTH = 300;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImportBatches(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Batch(String batchId, Actor actor, int rowCount, Instant receivedAt, Instant importedAt, String failureCode) {
    }

    /** A row's outcome as recorded; {@code failureArguments} are the values its message names. */
    record RecordedRow(int rowNumber, String key, ManifestImport.Status status, String dossierId, int pageCount,
                       String failureCode, List<String> failureArguments) {
    }

    void create(String batchId, Actor actor, int rowCount) {
        jdbc.sql("INSERT INTO import_batch (batch_id, actor, row_count, received_at) VALUES (?, ?, ?, ?)")
                .params(batchId, actor.name(), rowCount, Timestamp.from(Instant.now())).update();
    }

    Optional<Batch> find(String batchId) {
        return jdbc.sql("SELECT * FROM import_batch WHERE batch_id = ?").param(batchId)
                .query((row, number) -> new Batch(row.getString("batch_id"), new Actor(row.getString("actor")),
                        row.getInt("row_count"), instant(row, "received_at"), instant(row, "imported_at"),
                        row.getString("failure_code")))
                .optional();
    }

    /** Batches whose rows are not all through yet, oldest first. */
    List<String> unfinished() {
        return jdbc.sql("""
                SELECT batch_id FROM import_batch WHERE imported_at IS NULL AND failure_code IS NULL
                ORDER BY received_at, batch_id""").query(String.class).list();
    }

    @Transactional
    public void record(String batchId, ManifestImport.RowOutcome outcome) {
        jdbc.sql("""
                INSERT INTO import_batch_row (batch_id, row_number, record_key, status, dossier_id, page_count,
                                              failure_code, failure_arguments)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchId, outcome.rowNumber(), outcome.key(), outcome.status().name(), outcome.dossierId(),
                        outcome.pageCount(), outcome.code(), outcome.failed() ? arguments(outcome.arguments()) : null)
                .update();
        Map<String, String> names = new LinkedHashMap<>();
        outcome.documents().forEach(document -> names.putIfAbsent(document.documentId(), document.originalName()));
        names.forEach((documentId, name) -> jdbc.sql("""
                INSERT INTO import_batch_document (batch_id, row_number, document_id, original_name)
                VALUES (?, ?, ?, ?)""").params(batchId, outcome.rowNumber(), documentId, name).update());
    }

    List<RecordedRow> rows(String batchId) {
        return jdbc.sql("SELECT * FROM import_batch_row WHERE batch_id = ? ORDER BY row_number").param(batchId)
                .query((row, number) -> new RecordedRow(row.getInt("row_number"), row.getString("record_key"),
                        ManifestImport.Status.valueOf(row.getString("status")), row.getString("dossier_id"),
                        row.getInt("page_count"), row.getString("failure_code"),
                        arguments(row.getString("failure_arguments"))))
                .list();
    }

    record BatchDocument(String documentId, int rowNumber, String originalName) {
    }

    /** The documents the batch's rows took in, by row. */
    List<BatchDocument> documents(String batchId) {
        return jdbc.sql("""
                SELECT document_id, row_number, original_name FROM import_batch_document WHERE batch_id = ?
                ORDER BY row_number, document_id""").param(batchId)
                .query((row, number) -> new BatchDocument(row.getString(1), row.getInt(2), row.getString(3))).list();
    }

    void finish(String batchId) {
        jdbc.sql("UPDATE import_batch SET imported_at = ? WHERE batch_id = ?")
                .params(Timestamp.from(Instant.now()), batchId).update();
    }

    /** The batch cannot go on (its upload is gone): the rows not through yet are never imported. */
    void fail(String batchId, String code) {
        jdbc.sql("UPDATE import_batch SET failure_code = ? WHERE batch_id = ?").params(code, batchId).update();
    }

    private String arguments(List<String> arguments) {
        try {
            return json.writeValueAsString(arguments.stream().map(ImportBatches::shortened).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> arguments(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortened(String argument) {
        return argument.length() > MAX_ARGUMENT_LENGTH ? argument.substring(0, MAX_ARGUMENT_LENGTH) + "…" : argument;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
