package vn.hoso.archive.digitization;

import java.util.UUID;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;

/** The pipeline's outputs on the server stack: PostgreSQL, an S3 server through the MinIO SDK, Elasticsearch. */
@ActiveProfiles("server")
class ServerDigitizationOutputsTest extends DigitizationOutputsScenario {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestServers::postgresUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("hoso.storage.s3.endpoint", TestServers::s3Endpoint);
        registry.add("hoso.storage.s3.access-key", TestServers::s3AccessKey);
        registry.add("hoso.storage.s3.secret-key", TestServers::s3SecretKey);
        registry.add("hoso.storage.s3.bucket", () -> "hoso-test");
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-outputs-server-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
