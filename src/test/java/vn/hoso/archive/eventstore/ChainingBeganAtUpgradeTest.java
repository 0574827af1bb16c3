package vn.hoso.archive.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.hoso.archive.HosoApplication;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.audit.ArchiveAnchors;
import vn.hoso.archive.audit.ChainVerification;

/**
 * An archive that held events before chaining existed (schema up to V15, events written as an older version wrote
 * them) has them chained by the upgrade, so verification finds it intact and an anchor covers them. On the embedded
 * database (H2), which also runs verification's queries there.
 */
class ChainingBeganAtUpgradeTest {

    @Test
    void eventsStoredBeforeChainingAreChainedByTheUpgrade() throws Exception {
        Path dataDir = Files.createTempDirectory("hoso-chain-upgrade");
        String url = "jdbc:h2:file:" + dataDir + "/db/hoso";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .target("15").load().migrate();
        JdbcTemplate before = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        for (int sequence = 0; sequence < 3; sequence++) {
            before.update("insert into domain_event_entry (aggregate_identifier, sequence_number, event_identifier,"
                    + " type, payload_type, time_stamp, payload, meta_data) values ('LEGACY-1', ?, ?, 'Legacy',"
                    + " 'vn.hoso.legacy.NoteRecorded', '2024-05-0' || ? || 'T01:00:00Z', ?, ?)", sequence,
                    UUID.randomUUID().toString(), sequence + 1,
                    ("{\"note\":\"" + sequence + "\"}").getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
        before.update("shutdown");

        try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(HosoApplication.class).run(
                "--spring.main.web-application-type=none",
                "--hoso.data-dir=" + dataDir,
                "--hoso.search.url=" + TestServers.searchUrl(),
                "--hoso.search.index-prefix=test-upgrade-" + UUID.randomUUID().toString().substring(0, 8))) {
            JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from event_chain where aggregate_identifier = 'LEGACY-1'",
                    Integer.class)).isEqualTo(3);
            upgraded.getBean(ArchiveAnchors.class).anchor();
            ChainVerification.Report report = upgraded.getBean(ChainVerification.class).verify();
            assertThat(report.findings()).isEmpty();
            assertThat(report.anchor().matches()).isTrue();
            assertThat(report.intact()).isTrue();
            assertThat(report.events()).isGreaterThanOrEqualTo(4);
        }
    }
}
