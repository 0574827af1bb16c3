package vn.hoso.archive.digitization;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;

/** The pipeline's outputs on the embedded default: H2 file database and objects in a local folder. */
class DigitizationOutputsTest extends DigitizationOutputsScenario {

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "outputs");
    }
}
