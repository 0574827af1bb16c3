package vn.hoso.archive.digitization;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;

/** The pipeline's outputs on the server stack: PostgreSQL, an S3 server through the MinIO SDK, Elasticsearch. */
@ActiveProfiles("server")
class ServerDigitizationOutputsTest extends DigitizationOutputsScenario {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerServerStack(registry, "outputs");
    }
}
