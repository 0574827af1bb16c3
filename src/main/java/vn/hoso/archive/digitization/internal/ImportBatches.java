package vn.hoso.archive.digitization.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoso.archive.access.Actor;

/**
 * Manifest batches uploaded over HTTP and the outcome of each of their rows (tables {@code import_batch},
 * {@code import_batch_row}, {@code import_batch_document}). A row's outcome is written once, with its documents.
 * A batch is run by one node at a time under a {@link Lease}: claimed with one conditional update (free, or expired
 * by the database's clock), renewed while it runs; a row's outcome, the end and a failure are written only under a
 * lease still held, so a node whose lease expired or was taken over can change nothing any more.
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

    record Batch(String batchId, Actor actor, int rowCount, Instant receivedAt, Instant importedAt, String failureCode,
                 String runner, Instant runningSince) {

        boolean through() {
            return importedAt != null || failureCode != null;
        }
    }

    /** One claim of a batch by a node; {@code token} is this claim's own, not the node's. */
    record Lease(String batchId, String node, String token) {
    }

    /** The batch's lease expired or another node holds it now: what this node was doing for it must stop. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(Lease lease) {
            super("Node " + lease.node() + " no longer holds the lease on manifest batch " + lease.batchId());
        }
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
                        row.getString("failure_code"), row.getString("runner"), instant(row, "running_since")))
                .optional();
    }

    /** The oldest batch not through that no node holds (never claimed, released, or its lease expired), claimed. */
    Optional<Lease> claimNext(String node, Duration length) {
        List<String> claimable = jdbc.sql("""
                SELECT batch_id FROM import_batch WHERE imported_at IS NULL AND failure_code IS NULL
                AND (lease_expires_at IS NULL OR lease_expires_at <= CURRENT_TIMESTAMP)
                ORDER BY received_at, batch_id""").query(String.class).list();
        for (String batchId : claimable) {
            Lease lease = new Lease(batchId, node, UUID.randomUUID().toString());
            int claimed = jdbc.sql("""
                    UPDATE import_batch SET runner = ?, lease_token = ?, running_since = CURRENT_TIMESTAMP,
                           lease_expires_at = CURRENT_TIMESTAMP + CAST(? AS INT) * INTERVAL '1' SECOND
                    WHERE batch_id = ? AND imported_at IS NULL AND failure_code IS NULL
                    AND (lease_expires_at IS NULL OR lease_expires_at <= CURRENT_TIMESTAMP)""")
                    .params(node, lease.token(), seconds(length), batchId).update();
            if (claimed == 1) {
                return Optional.of(lease);
            }
        }
        return Optional.empty();
    }

    /** Extends the lease by {@code length} from now; false when it had expired or another node holds the batch. */
    boolean renew(Lease lease, Duration length) {
        return jdbc.sql("""
                UPDATE import_batch SET lease_expires_at = CURRENT_TIMESTAMP + CAST(? AS INT) * INTERVAL '1' SECOND
                WHERE batch_id = ? AND lease_token = ? AND lease_expires_at > CURRENT_TIMESTAMP""")
                .params(seconds(length), lease.batchId(), lease.token()).update() == 1;
    }

    /** Gives the batch up for any node to claim at once (this node stops, or its run failed). */
    void release(Lease lease) {
        jdbc.sql("""
                UPDATE import_batch SET runner = NULL, lease_token = NULL, running_since = NULL, lease_expires_at = NULL
                WHERE batch_id = ? AND lease_token = ?""").params(lease.batchId(), lease.token()).update();
    }

    /** Records a row's outcome under the lease, renewing it; {@link LeaseLost} (and nothing written) without it. */
    @Transactional
    public void record(Lease lease, Duration length, ManifestImport.RowOutcome outcome) {
        if (!renew(lease, length)) {
            throw new LeaseLost(lease);
        }
        jdbc.sql("""
                INSERT INTO import_batch_row (batch_id, row_number, record_key, status, dossier_id, page_count,
                                              failure_code, failure_arguments, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lease.batchId(), outcome.rowNumber(), outcome.key(), outcome.status().name(),
                        outcome.dossierId(), outcome.pageCount(), outcome.code(),
                        outcome.failed() ? arguments(outcome.arguments()) : null, lease.node())
                .update();
        String batchId = lease.batchId();
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

    /** Every row is through: the lease ends with the batch. {@link LeaseLost} when another node holds it now. */
    void finish(Lease lease) {
        end(lease, "imported_at = ?", Timestamp.from(Instant.now()));
    }

    /** The batch cannot go on (its upload is gone): the rows not through yet are never imported. */
    void fail(Lease lease, String code) {
        end(lease, "failure_code = ?", code);
    }

    private void end(Lease lease, String assignment, Object value) {
        int ended = jdbc.sql("UPDATE import_batch SET " + assignment + ", runner = NULL, lease_token = NULL, "
                        + "running_since = NULL, lease_expires_at = NULL WHERE batch_id = ? AND lease_token = ?")
                .params(value, lease.batchId(), lease.token()).update();
        if (ended == 0) {
            throw new LeaseLost(lease);
        }
    }

    private static int seconds(Duration length) {
        return (int) Math.max(1, length.toSeconds());
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
