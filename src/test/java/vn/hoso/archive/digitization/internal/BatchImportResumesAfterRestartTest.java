package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.dossier.DocumentAttachedEvent;

/**
 * A batch accepted over HTTP survives a crash: the server is killed (SIGKILL) while it imports the rows, and an
 * application started again on the same database and folders imports the rows that were not through, none twice,
 * once the killed node's (short) lease has expired.
 */
class BatchImportResumesAfterRestartTest {

    private static final int ROWS = 24;
    private static final String ARCHIVIST = "luutruvien";

    @TempDir
    Path work;

    @Test
    void aBatchCutOffByAKillGoesOnAtTheNextStartAndImportsNoRowTwice() throws Exception {
        try (KillableArchive archive = new KillableArchive(work)) {
            String batchId = acceptedThenKilledMidway(archive);
            assertResumedWithoutDoubles(archive, batchId);
        }
    }

    /** The server accepts the batch and is killed once a few rows are through; the batch's id. */
    private String acceptedThenKilledMidway(KillableArchive archive) throws Exception {
        int port = freePort();
        Process server = archive.launch(work.resolve("server.log"), "--server.port=" + port,
                "--hoso.access.roles." + ARCHIVIST + "=ARCHIVIST", "--hoso.digitization.batch-upload.lease=3s");
        String batchId;
        try {
            HttpClient client = HttpClient.newHttpClient();
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> send(client, HttpRequest.newBuilder(uri(port, "/api/batches/none")).GET()).statusCode() == 404);
            HttpResponse<String> accepted = send(client, HttpRequest.newBuilder(uri(port, "/api/batches"))
                    .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(batch())));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            batchId = accepted.headers().firstValue("Location").orElseThrow().replace("/api/batches/", "");
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(25))
                    .until(() -> archive.count("SELECT COUNT(*) FROM import_batch_row") >= 3);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        int throughBeforeKill = archive.count("SELECT COUNT(*) FROM import_batch_row");
        assertThat(throughBeforeKill).as("the server died midway").isLessThan(ROWS);
        assertThat(archive.batches().resolve(batchId)).as("the upload is kept").isDirectory();
        return batchId;
    }

    private void assertResumedWithoutDoubles(KillableArchive archive, String batchId) throws Exception {
        try (ConfigurableApplicationContext restarted = archive.restart(context -> { })) {
            BatchProgress progress = restarted.getBean(BatchProgress.class);
            BatchProgress.Status status = await().atMost(Duration.ofMinutes(3)).until(
                    () -> progress.of(batchId, Locale.ENGLISH).orElseThrow(),
                    current -> current.state() != BatchProgress.State.IMPORTING);
            assertThat(status.rows()).isEqualTo(new BatchProgress.Rows(ROWS, ROWS, 0));
            assertThat(archive.count("SELECT COUNT(*) FROM archive_record")).isEqualTo(ROWS);
            assertThat(events(archive, DocumentRegisteredEvent.class)).isEqualTo(ROWS);
            assertThat(events(archive, DocumentAttachedEvent.class)).isEqualTo(ROWS);
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(archive.batches().resolve(batchId)));
        }
    }

    private static byte[] batch() {
        StringBuilder manifest = new StringBuilder("box,folder,item,procedure,year,applicant,village,pages\n");
        TestZip zip = new TestZip();
        for (int item = 1; item <= ROWS; item++) {
            manifest.append("H07,C01,").append(item).append(",CIVIL-BIRTH,2004,Người nộp ").append(item)
                    .append(",,trang-").append(item).append(".png\n");
            zip.add("trang-" + item + ".png", TestDocuments.png(TestDocuments.page("Giấy khai sinh số " + item)));
        }
        return zip.add("manifest.csv", manifest.toString()).bytes();
    }

    private static int events(KillableArchive archive, Class<?> type) throws SQLException {
        return archive.count("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = '" + type.getName() + "'");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.header(CurrentActor.HEADER, ARCHIVIST).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
