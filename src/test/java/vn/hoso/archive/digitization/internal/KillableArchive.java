package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoso.archive.HosoApplication;
import vn.hoso.archive.TestServers;

/**
 * An archive on its own PostgreSQL schema with its objects and batch uploads under a test folder: launched as a
 * process of its own that a test can kill, then started again inside the test on the same database and folders.
 */
final class KillableArchive implements AutoCloseable {

    private final Path work;
    private Connection connection;
    private final String schema = "resume_" + UUID.randomUUID().toString().substring(0, 8);

    KillableArchive(Path work) {
        this.work = work;
    }

    Path objects() {
        return work.resolve("objects");
    }

    Path batches() {
        return work.resolve("batches");
    }

    /** The application as its own process, with these settings added, its output going to {@code log}. */
    Process launch(Path log, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Daxoniq.update-checker.disabled=true",
                HosoApplication.class.getName()));
        command.addAll(settings());
        command.addAll(List.of(settings));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The application again, in this JVM and without a web server. */
    ConfigurableApplicationContext restart(ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
        List<String> settings = new ArrayList<>(settings());
        settings.add("--spring.main.web-application-type=none");
        return new SpringApplicationBuilder(HosoApplication.class).initializers(initializer)
                .run(settings.toArray(String[]::new));
    }

    /** The first column of the first row; empty while the schema is not there yet. */
    Optional<String> single(String query) throws SQLException {
        try (Statement statement = connection().createStatement(); ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Closes the one connection the test's own queries use (the database is shared: polls open no new ones). */
    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url(), "postgres", "");
        }
        return connection;
    }

    /** A count, 0 while the schema is not there yet. */
    int count(String query) throws SQLException {
        return Integer.parseInt(single(query).orElse("0"));
    }

    private List<String> settings() {
        return List.of("--spring.profiles.active=server",
                "--spring.datasource.url=" + url(), "--spring.datasource.username=postgres",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--hoso.storage.kind=filesystem", "--hoso.storage.root=" + objects(),
                "--hoso.digitization.batch-upload.folder=" + batches(),
                "--hoso.digitization.ocr-threads=1", "--hoso.search.url=" + TestServers.searchUrl(),
                "--hoso.search.index-prefix=test-" + schema.replace('_', '-'));
    }

    private String url() {
        return TestServers.postgresUrl() + (TestServers.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
