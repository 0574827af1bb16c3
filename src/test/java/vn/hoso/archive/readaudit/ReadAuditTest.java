package vn.hoso.archive.readaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hoso.archive.ScannedArchive;
import vn.hoso.archive.access.Actor;

class ReadAuditTest extends ScannedArchive {

    @Autowired
    ReadAudit audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pageViewsSearchHitsAndOpenedRecordsAreRecordedWithWhoAndFromWhere() {
        String dossierId = receive("CIVIL-BIRTH", "Vũ Thị Lan");
        String documentId = scan(dossierId, "Giấy khai sinh Vũ Thị Lan").get(0);
        String reader = "can.bo.doc." + documentId.substring(0, 6);

        assertThat(get("/api/documents/" + documentId + "/pages/1/text", reader, String.class).getBody())
                .containsIgnoringCase("khai sinh");
        get("/api/documents/" + documentId + "/pages/1/text?q=khai sinh", reader, String.class);
        get("/api/dossiers/" + dossierId + "/history", reader, JsonNode.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/dossiers/" + dossierId, reader, JsonNode.class)
                .getStatusCode().value() == 200);
        get("/api/records/" + dossierId + "/as-of?at=2100-01-01T00:00:00Z", reader, JsonNode.class);
        get("/api/documents/" + documentId + "/original", reader, byte[].class);
        get("/api/documents/" + documentId + "/pages/9/text", reader, String.class);

        JsonNode entries = get("/api/read-audit?actor=" + reader, INSPECTOR, JsonNode.class).getBody();
        assertThat(entries).hasSize(6);
        assertThat(entries.findValuesAsText("kind")).containsExactly("DOCUMENT_DOWNLOADED", "HISTORY_VIEWED",
                "RECORD_OPENED", "HISTORY_VIEWED", "SEARCH_HIT_OPENED", "PAGE_VIEWED");
        assertThat(entries.get(1).get("record").asText()).isEqualTo(dossierId);
        assertThat(entries.get(2).get("record").asText()).isEqualTo(dossierId);
        assertThat(entries.get(3).get("record").asText()).isEqualTo(dossierId);
        assertThat(entries.get(4).get("detail").asText()).isEqualTo("page 1, q=khai sinh");
        assertThat(entries.get(5).get("remoteAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(get("/api/read-audit?actor=" + reader + "&record=" + documentId, INSPECTOR, JsonNode.class).getBody()).hasSize(3);
        assertThat(get("/api/read-audit?limit=0", INSPECTOR, JsonNode.class).getBody().get("code").asText())
                .isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void readsOfRecordsThatDoNotExistAreNotRecorded() {
        String reader = "can.bo.tim." + java.util.UUID.randomUUID().toString().substring(0, 6);
        assertThat(get("/api/dossiers/THANHOAI-990101-9999", reader, JsonNode.class).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/dossiers/THANHOAI-990101-9999/history", reader, JsonNode.class).getBody().get("code")
                .asText()).isEqualTo("RECORD_NOT_FOUND");
        assertThat(get("/api/records/khong-co/as-of?at=2100-01-01T00:00:00Z", reader, JsonNode.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/documents/khong-co/original", reader, JsonNode.class).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/documents/khong-co/pages/1/text", reader, String.class).getStatusCode().value()).isEqualTo(404);

        assertThat(get("/api/read-audit?actor=" + reader, INSPECTOR, JsonNode.class).getBody()).isEmpty();
    }

    @Test
    void anEntryEditedInTheDatabaseIsNamedAsTheFirstBrokenOne() {
        assertThat(audit.verify().intact()).isTrue();
        List<ReadEntry> written = List.of(
                audit.record(new Actor("a.reader"), "10.0.0.1", ReadKind.RECORD_OPENED, "THANHOAI-250101-0001", null),
                audit.record(new Actor("a.reader"), "10.0.0.1", ReadKind.PAGE_VIEWED, "doc-x", "page 2"),
                audit.record(new Actor("a.reader"), "10.0.0.1", ReadKind.RECORD_OPENED, "THANHOAI-250101-0002", null));
        assertThat(get("/api/read-audit/verification", INSPECTOR, JsonNode.class).getBody().get("intact").asBoolean())
                .isTrue();

        long edited = written.get(1).position();
        jdbc.sql("update read_audit set actor = 'someone.else' where position = ?").param(edited).update();

        ReadAuditVerification verification = audit.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenPosition()).isEqualTo(edited);
        assertThat(verification.problem()).isEqualTo("ENTRY_ALTERED");
        jdbc.sql("update read_audit set actor = 'a.reader' where position = ?").param(edited).update();
        assertThat(audit.verify().intact()).isTrue();

        var row = jdbc.sql("select * from read_audit where position = ?").param(edited).query().singleRow();
        jdbc.sql("delete from read_audit where position = ?").param(edited).update();
        assertThat(audit.verify().firstBrokenPosition()).isEqualTo(written.get(2).position());
        assertThat(audit.verify().problem()).isEqualTo("CHAIN_BROKEN");
        jdbc.sql("insert into read_audit (" + String.join(", ", row.keySet()) + ") values ("
                + "?, ".repeat(row.size() - 1) + "?)").params(List.copyOf(row.values())).update();
        assertThat(audit.verify().intact()).isTrue();
    }
}
