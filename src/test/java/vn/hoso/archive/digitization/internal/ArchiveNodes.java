package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.hoso.archive.HosoApplication;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.access.CurrentActor;

/**
 * Nodes of one archive on the server stack, started in this JVM as a cluster's nodes would be on machines of their
 * own: one PostgreSQL schema, the S3 server's bucket and the search indices shared, each node with its own name and
 * batch folder. Leases are short and nodes look for batches often, so take-overs happen within seconds.
 */
final class ArchiveNodes implements AutoCloseable {

    static final String ARCHIVIST = "luutruvien";

    private final Path work;
    private final String schema = "nodes_" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    /** The test's own queries, on one connection whichever nodes run (the database is shared by other suites). */
    private final SingleConnectionDataSource database = new SingleConnectionDataSource(url(), "postgres", "", true);
    private final JdbcClient jdbc = JdbcClient.create(database);

    ArchiveNodes(Path work) {
        this.work = work;
    }

    /** Starts the node, {@code overrides} ({@code name=value}) in place of the settings of the same names. */
    ConfigurableApplicationContext start(String node, String... overrides) {
        Map<String, String> settings = settings(node);
        for (String override : overrides) {
            settings.put(override.substring(0, override.indexOf('=')), override.substring(override.indexOf('=') + 1));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HosoApplication.class).run(settings
                .entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new));
        running.put(node, context);
        return context;
    }

    /** Closes the node as a shutdown does: it gives up its batch after the row in hand. */
    void stop(String node) {
        running.remove(node).close();
    }

    Path folder(String node) {
        return work.resolve(node);
    }

    <T> T bean(String node, Class<T> type) {
        return running.get(node).getBean(type);
    }

    /** The bean of the first node still running. */
    <T> T anyBean(Class<T> type) {
        return running.values().iterator().next().getBean(type);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** {@code POST /api/batches} on the node, as an archivist; the batch's id. */
    String upload(String node, byte[] zip) throws IOException, InterruptedException {
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + ((WebServerApplicationContext) running.get(node)).getWebServer().getPort() + "/api/batches"))
                .header(CurrentActor.HEADER, ARCHIVIST).header("Content-Type", BatchUploads.ZIP)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Batch refused: " + accepted.statusCode() + " " + accepted.body());
        }
        return accepted.headers().firstValue("Location").orElseThrow().replace("/api/batches/", "");
    }

    @Override
    public void close() {
        List.copyOf(running.keySet()).forEach(this::stop);
        database.destroy();
    }

    private String url() {
        return TestServers.postgresUrl() + (TestServers.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private Map<String, String> settings(String node) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "server");
        settings.put("server.port", "0");
        settings.put("spring.datasource.url", url());
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.flyway.schemas", schema);
        settings.put("spring.flyway.default-schema", schema);
        settings.put("hoso.storage.s3.endpoint", TestServers.s3Endpoint());
        settings.put("hoso.storage.s3.access-key", TestServers.s3AccessKey());
        settings.put("hoso.storage.s3.secret-key", TestServers.s3SecretKey());
        settings.put("hoso.storage.s3.bucket", "hoso-test");
        settings.put("hoso.search.url", TestServers.searchUrl());
        settings.put("hoso.search.index-prefix", "test-" + schema.replace('_', '-'));
        settings.put("hoso.node-name", node);
        settings.put("hoso.digitization.batch-upload.folder", folder(node).toString());
        settings.put("hoso.digitization.batch-upload.lease", "3s");
        settings.put("hoso.digitization.batch-upload.poll-interval", "500ms");
        settings.put("hoso.digitization.ocr-threads", "1");
        settings.put("hoso.access.roles." + ARCHIVIST, "ARCHIVIST");
        return settings;
    }
}
