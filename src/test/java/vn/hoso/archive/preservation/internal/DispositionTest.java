package vn.hoso.archive.preservation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hoso.archive.ScannedArchive;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

class DispositionTest extends ScannedArchive {

    private static final Map<String, String> REASON = Map.of("reason", "Hết thời hạn bảo quản");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore objects;
    @Autowired
    RecordReader records;

    @Test
    void aLegalHoldBlocksDispositionAndOnlyAnApprovedDispositionDeletesTheOriginals() throws Exception {
        String dossierId = receive("CIVIL-EXTRACT-COPY", "Ngô Văn Hùng");
        String documentId = scan(dossierId, "Bản sao trích lục khai sinh").get(0);
        ObjectKey original = ObjectKey.original(await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select sha256 from fixity_object where document_id = ?").param(documentId).query(String.class)
                .optional().orElse(null), sha256 -> sha256 != null));
        assertThat(step(dossierId, "withdrawal", "mot.cua", REASON).getStatusCode().value()).isEqualTo(204);
        assertThat(step(dossierId, "archival", "luu.tru", Map.of()).getStatusCode().value()).isEqualTo(204);

        assertThat(step(dossierId, "legal-hold", "thanh.tra", Map.of("reason", "Khiếu nại")).getStatusCode().value())
                .isEqualTo(204);
        assertRefused(step(dossierId, "disposition-review", "luu.tru", REASON), "LEGAL_HOLD");
        step(dossierId, "legal-hold-release", "thanh.tra", Map.of("reason", "Đã giải quyết"));
        assertThat(step(dossierId, "disposition-review", "luu.tru", REASON).getStatusCode().value()).isEqualTo(204);

        step(dossierId, "disposition-approval", "can.bo.a", Map.of());
        assertRefused(step(dossierId, "disposition-approval", "can.bo.a", Map.of()), "ALREADY_APPROVED");
        assertRefused(step(dossierId, "disposition", "luu.tru", Map.of()), "APPROVALS_MISSING");
        step(dossierId, "disposition-approval", "can.bo.b", Map.of());
        step(dossierId, "legal-hold", "thanh.tra", Map.of("reason", "Thanh tra mới"));
        ResponseEntity<JsonNode> held = step(dossierId, "disposition", "luu.tru", Map.of());
        assertRefused(held, "LEGAL_HOLD");
        assertThat(held.getBody().get("currentStatus").asText()).isEqualTo("UNDER_DISPOSITION_REVIEW");
        assertThat(objects.exists(original)).isTrue();

        List<ObjectKey> derivatives = records.document(documentId).orElseThrow().derivativeKeys().stream()
                .map(ObjectKey::new).toList();
        assertThat(derivatives).isNotEmpty();
        assertThat(objects.exists(derivatives.get(0))).isTrue();
        step(dossierId, "legal-hold-release", "thanh.tra", Map.of("reason", "Xong"));
        assertThat(step(dossierId, "disposition", "luu.tru", Map.of()).getStatusCode().value()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> !objects.exists(original));
        for (ObjectKey derivative : derivatives) {
            assertThat(objects.exists(derivative)).as(derivative.value()).isFalse();
        }
        JsonNode history = get("/api/dossiers/" + dossierId + "/history", INSPECTOR, JsonNode.class).getBody();
        List<String> types = history.findValuesAsText("type");
        assertThat(types).contains("DossierReceivedEvent", "DocumentRegisteredEvent", "PageTextRecognizedEvent",
                "LegalHoldPlacedEvent", "DispositionApprovedEvent");
        assertThat(types.get(types.size() - 1)).isEqualTo("DossierDisposedEvent");
        JsonNode tombstone = history.get(history.size() - 1).get("payload");
        assertThat(tombstone.get("documentIds")).hasSize(1);
        assertThat(tombstone.get("documentIds").get(0).asText()).isEqualTo(documentId);
        assertThat(tombstone.get("approvedBy").toString()).isEqualTo("[\"can.bo.a\",\"can.bo.b\"]");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from fixity_object where dossier_id = ?").param(dossierId).query(Long.class).single() == 0);
        assertRefused(step(dossierId, "legal-hold", "thanh.tra", Map.of("reason", "Muộn")), "ACTION_NOT_ALLOWED");
    }

    @Test
    void landRecordsAreKeptPermanentlyAndApprovalsNeedANamedOfficial() {
        String dossierId = receive("LAND-FIRST-CERT", "Phan Văn Lực");
        step(dossierId, "withdrawal", "mot.cua", REASON);
        step(dossierId, "archival", "luu.tru", Map.of());
        assertRefused(step(dossierId, "disposition-review", "luu.tru", REASON), "RETENTION_PERMANENT");
        ResponseEntity<JsonNode> anonymous = http.exchange("/api/dossiers/{id}/disposition-approval", HttpMethod.POST,
                HttpEntity.EMPTY, JsonNode.class, dossierId);
        assertRefused(anonymous, "ACTOR_REQUIRED");
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String code) {
        assertThat(response.getStatusCode().is4xxClientError()).isTrue();
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
    }
}
