package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.dossier.DocumentAttachedEvent;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Manifest batches over HTTP on several nodes of one archive (PostgreSQL, the S3 server): a batch is kept in the
 * object store before it is accepted, run by one node at a time under a lease, taken over by another node when the
 * one running it stops or its lease expires — even a node that never saw the upload — and finished with no row
 * imported twice and no document registered twice.
 */
class BatchImportOnSeveralNodesTest {

    private static final Duration IMPORTED = Duration.ofMinutes(3);

    @TempDir
    java.nio.file.Path work;

    @Test
    void eachBatchIsRunByExactlyOneNodeAndNodesShareTheBatches() throws Exception {
        try (ArchiveNodes nodes = new ArchiveNodes(work)) {
            nodes.start("node-a");
            nodes.start("node-b");
            List<byte[]> boxes = List.of(batch("H11", 16), batch("H12", 16), batch("H13", 16));
            List<String> batchIds = new ArrayList<>();
            for (byte[] box : boxes) {
                batchIds.add(nodes.upload("node-a", box));
            }
            for (String batchId : batchIds) {
                awaitImported(nodes, batchId, 16);
            }
            List<String> runners = new ArrayList<>();
            for (String batchId : batchIds) {
                List<String> importedBy = importedBy(nodes, batchId);
                assertThat(importedBy).as("batch %s", batchId).hasSize(16).containsOnly(importedBy.get(0));
                runners.add(importedBy.get(0));
                assertNoDoubles(nodes, batchId, 16);
            }
            assertThat(runners).as("the node that did not take the uploads ran batches too").contains("node-b");
        }
    }

    @Test
    void aBatchWhoseNodeStopsMidwayIsFinishedByANodeThatNeverSawTheUpload() throws Exception {
        try (ArchiveNodes nodes = new ArchiveNodes(work)) {
            nodes.start("node-a");
            String batchId = nodes.upload("node-a", batch("H20", 24));
            await().atMost(IMPORTED).pollInterval(Duration.ofMillis(25)).until(() -> rowsThrough(nodes, batchId) >= 3);
            BatchProgress.Runner runner = nodes.bean("node-a", BatchProgress.class).of(batchId, Locale.ENGLISH)
                    .orElseThrow().runner();
            nodes.stop("node-a");
            int throughOnA = rowsThrough(nodes, batchId);
            assertThat(runner).as("node A runs the batch it took").isNotNull();
            assertThat(runner.node()).isEqualTo("node-a");
            assertThat(runner.since()).isNotNull();
            assertThat(throughOnA).as("node A stopped midway").isLessThan(24);
            assertThat(nodes.folder("node-b")).doesNotExist();

            nodes.start("node-b");
            awaitImported(nodes, batchId, 24);
            assertThat(importedBy(nodes, batchId)).containsOnly("node-a", "node-b").contains("node-b");
            assertNoDoubles(nodes, batchId, 24);
            assertThat(nodes.bean("node-b", ObjectStore.class).exists(new ObjectKey("batches/" + batchId + "/upload.zip")))
                    .as("the stored upload is removed once every row is through").isFalse();
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(nodes.folder("node-b").resolve(batchId)));
        }
    }

    @Test
    void aNodeWhoseLeaseExpiredStopsAndAnotherTakesTheBatchOver() throws Exception {
        try (ArchiveNodes nodes = new ArchiveNodes(work)) {
            nodes.start("node-a", "hoso.digitization.batch-upload.poll-interval=10m");
            nodes.start("node-b");
            String batchId = nodes.upload("node-a", batch("H30", 24));
            await().atMost(IMPORTED).pollInterval(Duration.ofMillis(25)).until(() -> rowsThrough(nodes, batchId) >= 3);
            assertThat(nodes.jdbc().sql("""
                    UPDATE import_batch SET lease_expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND
                    WHERE batch_id = ? RETURNING runner""").param(batchId).query(String.class).single())
                    .isEqualTo("node-a");
            long throughOnA = nodes.jdbc().sql(
                    "SELECT COUNT(*) FROM import_batch_row WHERE batch_id = ? AND imported_by = 'node-a'")
                    .param(batchId).query(Long.class).single();

            awaitImported(nodes, batchId, 24);
            List<String> importedBy = importedBy(nodes, batchId);
            assertThat(importedBy.stream().filter("node-a"::equals).count())
                    .as("node A recorded no row once its lease had expired").isEqualTo(throughOnA);
            assertThat(importedBy).as("node B took the batch over").contains("node-b");
            assertNoDoubles(nodes, batchId, 24);
        }
    }

    private static byte[] batch(String box, int rows) {
        StringBuilder manifest = new StringBuilder("box,folder,item,procedure,year,applicant,village,pages\n");
        String folder = "C" + UUID.randomUUID().toString().substring(0, 6);
        TestZip zip = new TestZip();
        for (int item = 1; item <= rows; item++) {
            manifest.append(box).append(',').append(folder).append(',').append(item)
                    .append(",CIVIL-BIRTH,2004,Người nộp ").append(item).append(",,trang-").append(item).append(".png\n");
            zip.add("trang-" + item + ".png", TestDocuments.png(TestDocuments.page("Giấy khai sinh " + box + " số " + item)));
        }
        return zip.add("manifest.csv", manifest.toString()).bytes();
    }

    private static void awaitImported(ArchiveNodes nodes, String batchId, int rows) {
        BatchProgress.Status status = await().atMost(IMPORTED).pollInterval(Duration.ofMillis(250)).until(
                () -> nodes.anyBean(BatchProgress.class).of(batchId, Locale.ENGLISH).orElseThrow(),
                current -> current.state() != BatchProgress.State.IMPORTING);
        assertThat(status.rows()).isEqualTo(new BatchProgress.Rows(rows, rows, 0));
        assertThat(status.runner()).as("no node holds a batch that is through").isNull();
    }

    private static void assertNoDoubles(ArchiveNodes nodes, String batchId, int rows) {
        String dossiers = "SELECT dossier_id FROM import_batch_row WHERE batch_id = '" + batchId + "'";
        assertThat(count(nodes, "SELECT COUNT(*) FROM archive_record a WHERE EXISTS (SELECT 1 FROM import_batch_row r"
                + " WHERE r.batch_id = '" + batchId + "' AND r.record_key = a.box || '/' || a.folder || '/' || a.item_number)"))
                .as("one archive record per row, none made twice").isEqualTo(rows);
        for (Class<?> type : List.of(DocumentRegisteredEvent.class, DocumentAttachedEvent.class)) {
            assertThat(count(nodes, "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = '" + type.getName()
                    + "' AND aggregate_identifier IN (SELECT document_id FROM import_batch_document WHERE batch_id = '"
                    + batchId + "' UNION " + dossiers + ")")).as(type.getSimpleName()).isEqualTo(rows);
        }
    }

    private static List<String> importedBy(ArchiveNodes nodes, String batchId) {
        return nodes.jdbc().sql("SELECT imported_by FROM import_batch_row WHERE batch_id = ? ORDER BY row_number")
                .param(batchId).query(String.class).list();
    }

    private static int rowsThrough(ArchiveNodes nodes, String batchId) {
        return count(nodes, "SELECT COUNT(*) FROM import_batch_row WHERE batch_id = '" + batchId + "'");
    }

    private static int count(ArchiveNodes nodes, String query) {
        return nodes.jdbc().sql(query).query(Integer.class).single();
    }
}
