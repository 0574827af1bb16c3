package vn.hoso.archive.preservation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hoso.archive.ScannedArchive;

class FixityAuditTest extends ScannedArchive {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFlippedByteInAStoredOriginalIsReportedOnceUntilAPackageRestoresIt() throws IOException {
        String dossierId = receive("CIVIL-EXTRACT-COPY", "Đào Thị Mai");
        String documentId = scan(dossierId, "Tờ khai thay đổi thông tin cư trú").get(0);
        byte[] wholePackage = exportPackage(dossierId);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from fixity_object where document_id = ?").param(documentId).query(Long.class).single() == 1);
        assertThat(runFixityAudit().get("checked").asInt()).isPositive();
        assertThat(damagedDocuments()).doesNotContain(documentId);

        String sha256 = jdbc.sql("select sha256 from fixity_object where document_id = ?").param(documentId)
                .query(String.class).single();
        Path stored = objectsFolder().resolve("originals/%s/%s/%s".formatted(sha256.substring(0, 2),
                sha256.substring(2, 4), sha256));
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(stored, bytes);

        assertThat(runFixityAudit().get("newlyDamaged").asInt()).isPositive();
        runFixityAudit();
        JsonNode damaged = get("/api/fixity", INSPECTOR, JsonNode.class).getBody().get("damaged");
        JsonNode entry = find(damaged, documentId);
        assertThat(entry.get("outcome").asText()).isEqualTo("MISMATCH");
        assertThat(entry.get("observedSha256").asText()).isNotEqualTo(sha256).hasSize(64);
        List<JsonNode> alerts = damageEvents(dossierId);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("actor").asText()).isEqualTo("system:fixity");
        assertThat(alerts.get(0).get("payload").get("documentId").asText()).isEqualTo(documentId);

        JsonNode imported = importPackage(wholePackage).getBody();
        assertThat(imported.get("originalsRestored").asInt()).isEqualTo(1);
        runFixityAudit();
        assertThat(damagedDocuments()).doesNotContain(documentId);
        assertThat(damageEvents(dossierId)).hasSize(1);
    }

    @Test
    void theAuditIsARecurringTaskKeptInTheDatabase() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from scheduled_tasks where task_name = ?").param(FixitySchedule.TASK)
                .query(Long.class).single() == 1);
    }

    private List<JsonNode> damageEvents(String dossierId) {
        List<JsonNode> events = new java.util.ArrayList<>();
        get("/api/dossiers/" + dossierId + "/history", INSPECTOR, JsonNode.class).getBody().forEach(event -> {
            if (event.get("type").asText().equals("OriginalDamageDetectedEvent")) {
                events.add(event);
            }
        });
        return events;
    }

    private static JsonNode find(JsonNode damaged, String documentId) {
        for (JsonNode entry : damaged) {
            if (entry.get("documentId").asText().equals(documentId)) {
                return entry;
            }
        }
        throw new AssertionError(documentId + " is not on the damaged list " + damaged);
    }
}
