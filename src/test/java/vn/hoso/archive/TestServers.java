package vn.hoso.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the real servers for tests are: started by {@code ./hoso test} (see infra/), named by environment variables.
 * A server that is not there makes its tests fail; nothing is skipped.
 */
public final class TestServers {

    private TestServers() {
    }

    public static String searchUrl() {
        return env("HOSO_TEST_SEARCH_URL", "http://127.0.0.1:9250");
    }

    public static String s3Endpoint() {
        return env("HOSO_TEST_S3_ENDPOINT", "http://127.0.0.1:9450");
    }

    public static String s3AccessKey() {
        return env("HOSO_TEST_S3_ACCESS_KEY", "hoso");
    }

    public static String s3SecretKey() {
        return env("HOSO_TEST_S3_SECRET_KEY", "hoso-secret-key");
    }

    public static String postgresUrl() {
        return env("HOSO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/hoso_test");
    }

    /**
     * The server profile's settings for a test application on its own PostgreSQL schema, S3 bucket prefix and search
     * indices, so its rows are its own.
     */
    public static String registerServerStack(DynamicPropertyRegistry registry, String name) {
        String schema = name + "_" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.datasource.url", () -> postgresUrl() + (postgresUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("hoso.storage.s3.endpoint", TestServers::s3Endpoint);
        registry.add("hoso.storage.s3.access-key", TestServers::s3AccessKey);
        registry.add("hoso.storage.s3.secret-key", TestServers::s3SecretKey);
        registry.add("hoso.storage.s3.bucket", () -> "hoso-test");
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-" + schema.replace('_', '-'));
        return schema;
    }

    /**
     * The embedded default for a test application: a fresh data folder (H2 file, objects) and the test Elasticsearch
     * under its own index prefix; returns the folder.
     */
    public static Path registerEmbedded(DynamicPropertyRegistry registry, String name) throws IOException {
        Path dataDir = Files.createTempDirectory("hoso-" + name + "-test");
        registry.add("hoso.data-dir", dataDir::toString);
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
        return dataDir;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
