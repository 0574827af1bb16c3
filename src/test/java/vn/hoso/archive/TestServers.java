package vn.hoso.archive;

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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
