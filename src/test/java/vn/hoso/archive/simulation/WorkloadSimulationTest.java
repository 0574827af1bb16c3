package vn.hoso.archive.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.reporting.Statistics;

/**
 * The seed's workload, scaled down twenty times, driven through the command API on the embedded stack: the report
 * must give back exactly the preset's figures. (The full preset is the benchmark: ./hoso simulate.)
 */
@SpringBootTest(properties = "spring.main.web-application-type=none")
class WorkloadSimulationTest {

    @Autowired
    WorkloadSimulation simulation;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) {
        registry.add("hoso.data-dir", () -> tempDir());
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-simulation-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("hoso-simulation-test").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReportGivesBackThePresetsFigures() throws InterruptedException {
        SimulationPreset preset = SimulationPreset.THANH_OAI_2025.scaledDown(20);

        Statistics statistics = simulation.run(preset).statistics();

        assertThat(statistics.received()).isEqualTo(new Statistics.Received(preset.received(), preset.receivedOnline(),
                preset.receivedDirect(), 0, 0));
        assertThat(statistics.resolved().total()).isEqualTo(preset.resolved());
        assertThat(statistics.resolved().late()).isZero();
        assertThat(statistics.resolved().ratePercent())
                .isEqualTo(Math.round(1000.0 * preset.resolved() / preset.received()) / 10.0);
        assertThat(statistics.pending()).isEqualTo(new Statistics.Pending(preset.openAtEnd(), preset.openAtEnd(), 0));
        assertThat(statistics.proceduresOnline()).isEqualTo(new Statistics.ProceduresOnline(431, 81, 350));
        assertThat(statistics.averageProcessingWorkingDays()).isNotNull().isPositive();
        assertThat(statistics.satisfaction().ratings()).isPositive();
        assertThat(statistics.satisfaction().indexPoints()).isEqualTo(18.0);
        assertThat(statistics.backlogByAge().stream().mapToLong(Statistics.BacklogBand::dossiers).sum())
                .isEqualTo(preset.openAtEnd());
    }
}
