package vn.hoso.archive;

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

    /** Points the application at PostgreSQL, the S3 server and Elasticsearch, with indices of its own. */
    public static void serverStack(DynamicPropertyRegistry registry, String indexPrefix) {
        registry.add("spring.datasource.url", TestServers::postgresUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("hoso.storage.s3.endpoint", TestServers::s3Endpoint);
        registry.add("hoso.storage.s3.access-key", TestServers::s3AccessKey);
        registry.add("hoso.storage.s3.secret-key", TestServers::s3SecretKey);
        registry.add("hoso.storage.s3.bucket", () -> "hoso-test");
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> indexPrefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
