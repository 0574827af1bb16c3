package vn.hoso.archive.preservation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.ScannedArchive;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.readaudit.ReadAudit;
import vn.hoso.archive.readaudit.ReadAuditVerification;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Fixity, package restore, disposition and the read audit's chain on the server stack: PostgreSQL and S3. In a schema
 * of its own, so its application does not share event processors and read models with the walking skeleton's.
 */
@ActiveProfiles("server")
class ServerPreservationTest extends ScannedArchive {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStore objects;
    @Autowired
    ReadAudit readAudit;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        String schema = "preservation_" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.datasource.url", () -> TestServers.postgresUrl()
                + (TestServers.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("hoso.storage.s3.endpoint", TestServers::s3Endpoint);
        registry.add("hoso.storage.s3.access-key", TestServers::s3AccessKey);
        registry.add("hoso.storage.s3.secret-key", TestServers::s3SecretKey);
        registry.add("hoso.storage.s3.bucket", () -> "hoso-test-preservation");
        registry.add("hoso.search.index-prefix", () -> "test-server-pres-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aDamagedObjectIsFoundAndRestoredThenDisposedOfAndAnEditedReadIsNamed() throws IOException {
        String dossierId = receive("CIVIL-EXTRACT-COPY", "Lý Thị Nga");
        String documentId = scan(dossierId, "Bản sao giấy khai sinh").get(0);
        byte[] wholePackage = exportPackage(dossierId);
        ObjectKey original = ObjectKey.original(await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select sha256 from fixity_object where document_id = ?").param(documentId).query(String.class)
                .optional().map(String::strip).orElse(null), sha256 -> sha256 != null));

        byte[] bytes = objects.get(original).readAllBytes();
        bytes[bytes.length / 2] ^= 0x01;
        objects.put(original, Files.write(work.resolve("damaged.png"), bytes), "image/png");
        runFixityAudit();
        assertThat(damagedDocuments()).contains(documentId);
        assertThat(importPackage(wholePackage).getBody().get("originalsRestored").asInt()).isEqualTo(1);
        runFixityAudit();
        assertThat(damagedDocuments()).doesNotContain(documentId);

        Map<String, String> reason = Map.of("reason", "Hết thời hạn bảo quản");
        step(dossierId, "withdrawal", "mot.cua", reason);
        step(dossierId, "archival", "luu.tru", Map.of());
        step(dossierId, "disposition-review", "luu.tru", reason);
        step(dossierId, "disposition-approval", "can.bo.a", Map.of());
        step(dossierId, "disposition-approval", "can.bo.b", Map.of());
        assertThat(step(dossierId, "disposition", "luu.tru", Map.of()).getStatusCode().value()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> !objects.exists(original));

        assertThat(readAudit.verify().intact()).isTrue();
        long exported = jdbc.sql("select max(position) from read_audit where record = ? and kind = 'EXPORT_DOWNLOADED'")
                .param(dossierId).query(Long.class).single();
        jdbc.sql("update read_audit set remote_address = '10.9.9.9' where position = ?").param(exported).update();
        ReadAuditVerification edited = readAudit.verify();
        assertThat(edited.firstBrokenPosition()).isEqualTo(exported);
        assertThat(edited.problem()).isEqualTo("ENTRY_ALTERED");
        jdbc.sql("update read_audit set remote_address = '127.0.0.1' where position = ?").param(exported).update();
        assertThat(readAudit.verify().intact()).isTrue();
    }
}
