package vn.hoso.archive.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hoso.archive.HosoApplication;
import vn.hoso.archive.TestServers;

/**
 * Deadline alarms are kept by the persistent scheduler on PostgreSQL: an application that was down when they were due
 * raises them after its restart. The test stops the application, moves the stored alarms to "now", in their order
 * (the days passing while it was down), and starts a fresh application on the same database.
 */
class DeadlinesSurviveRestartTest {

    /** The archive's daily anchor, the scheduler's one recurring task: not a deadline alarm. */

    private final String schema = "deadlines_" + UUID.randomUUID().toString().substring(0, 8);
    private final DossierId dossierId = new DossierId("THANHOAI-RESTART-" + schema.substring(10).toUpperCase());

    @Test
    void alarmsScheduledBeforeAShutdownGoOffAfterTheRestart() throws SQLException {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(CommandGateway.class).sendAndWait(new ReceiveDossierCommand(dossierId,
                    "LAND-ORIGIN-CONFIRMATION", new Applicant("Nguyễn Văn An", "001085012345", "Thôn 1", "Thanh Thùy",
                    "0912345678"), Channel.DIRECT, null, List.of("Đơn"), 3, Instant.now()));
            assertThat(scheduledAlarms(first)).isEqualTo(2);
        }
        moveAlarmsToNowInTheirOrder();
        try (ConfigurableApplicationContext second = start()) {
            EventStore events = second.getBean(EventStore.class);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(events.readEvents(dossierId.value())
                    .asStream().map(event -> event.getPayloadType().getSimpleName()))
                    .containsExactly("DossierReceivedEvent", "DossierDueSoonEvent", "DossierOverdueEvent"));
            await().atMost(Duration.ofSeconds(30)).until(() -> scheduledAlarms(second) == 0);
        }
    }

    /** With no application running, so no scheduler picks an alarm up before the restart. */
    private void moveAlarmsToNowInTheirOrder() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE scheduled_tasks SET execution_time = CASE
                        WHEN execution_time = (SELECT min(execution_time) FROM scheduled_tasks
                                               WHERE task_name = 'AxonDeadline') THEN now()
                        ELSE now() + INTERVAL '10 seconds' END
                    WHERE task_name = 'AxonDeadline'""");
        }
    }

    private String url() {
        return TestServers.postgresUrl() + (TestServers.postgresUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + schema;
    }

    private static int scheduledAlarms(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from scheduled_tasks where task_name = 'AxonDeadline'", Integer.class);
    }

    private ConfigurableApplicationContext start() {
        String url = url();
        return new SpringApplicationBuilder(HosoApplication.class)
                .profiles("server")
                .run(
                        "--spring.main.web-application-type=none",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.default-schema=" + schema,
                        "--db-scheduler.polling-interval=1s",
                        "--hoso.storage.s3.endpoint=" + TestServers.s3Endpoint(),
                        "--hoso.storage.s3.access-key=" + TestServers.s3AccessKey(),
                        "--hoso.storage.s3.secret-key=" + TestServers.s3SecretKey(),
                        "--hoso.storage.s3.bucket=hoso-test",
                        "--hoso.search.url=" + TestServers.searchUrl(),
                        "--hoso.search.index-prefix=test-" + schema.replace('_', '-'));
    }
}
