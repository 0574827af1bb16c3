package vn.hoso.archive;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The walking skeleton on the server stack: PostgreSQL, an S3 server through the MinIO SDK, Elasticsearch. */
@ActiveProfiles("server")
class ServerWalkingSkeletonTest extends WalkingSkeletonScenario {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerServerStack(registry, "server");
    }
}
