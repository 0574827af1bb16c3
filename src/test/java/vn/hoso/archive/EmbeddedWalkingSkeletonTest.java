package vn.hoso.archive;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The walking skeleton on the embedded default: H2 file database and objects in a local folder. */
class EmbeddedWalkingSkeletonTest extends WalkingSkeletonScenario {

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "embedded");
    }
}
