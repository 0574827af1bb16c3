package vn.hoso.archive.digitization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;

/** The pipeline's outputs on the embedded default: H2 file database and objects in a local folder. */
class DigitizationOutputsTest extends DigitizationOutputsScenario {

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("hoso-outputs-test");
        registry.add("hoso.data-dir", dataDir::toString);
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-outputs-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
