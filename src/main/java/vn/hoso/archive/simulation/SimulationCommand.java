package vn.hoso.archive.simulation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.hoso.archive.reporting.Statistics;

/** {@code ./hoso simulate --preset NAME}: runs the preset, prints the statistics report, and stops the application. */
@Component
@ConditionalOnProperty("hoso.simulation.preset")
class SimulationCommand implements ApplicationRunner {

    private final WorkloadSimulation simulation;
    private final ConfigurableApplicationContext context;
    private final String presetName;

    SimulationCommand(WorkloadSimulation simulation, ConfigurableApplicationContext context,
                      @Value("${hoso.simulation.preset}") String presetName) {
        this.simulation = simulation;
        this.context = context;
        this.presetName = presetName;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        SimulationPreset preset = SimulationPreset.named(presetName)
                .orElseThrow(() -> new IllegalArgumentException("No simulation preset named " + presetName
                        + "; known: " + SimulationPreset.THANH_OAI_2025.name()));
        System.out.printf("Simulating %s: %d dossiers from %s to %s…%n", preset.name(), preset.received(),
                preset.from(), preset.to());
        WorkloadSimulation.Outcome outcome = simulation.run(preset);
        print(outcome.statistics());
        System.out.printf("%ncommands=%d wall_s=%.1f received=%d online=%d direct=%d resolved=%d resolved_pct=%.1f "
                        + "overdue=%d procedures_online=%d satisfaction_points=%s%n", outcome.commandsSent(),
                outcome.elapsed().toMillis() / 1000.0,
                outcome.statistics().received().total(), outcome.statistics().received().online(),
                outcome.statistics().received().direct(), outcome.statistics().resolved().total(),
                outcome.statistics().resolved().ratePercent(), outcome.statistics().pending().overdue(),
                outcome.statistics().proceduresOnline().total(), outcome.statistics().satisfaction().indexPoints());
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static void print(Statistics s) {
        System.out.printf("%nThống kê / Statistics %s – %s%n", s.from(), s.to());
        System.out.printf("  Tiếp nhận / received:          %,d (%,d trực tuyến / online, %,d trực tiếp / direct)%n",
                s.received().total(), s.received().online(), s.received().direct());
        System.out.printf("  Đã giải quyết / resolved:      %,d (%.0f %%), đúng hạn / on time %,d, trễ hạn / late %,d%n",
                s.resolved().total(), s.resolved().ratePercent(), s.resolved().onTime(), s.resolved().late());
        System.out.printf("  Đang giải quyết / pending:     %,d, trong hạn / within deadline %,d, quá hạn / overdue %,d%n",
                s.pending().total(), s.pending().withinDeadline(), s.pending().overdue());
        System.out.printf("  Thời gian xử lý TB / average:  %s working days%n", s.averageProcessingWorkingDays());
        System.out.printf("  Hài lòng / satisfaction:       %s / %d điểm / points (%,d đánh giá / ratings, TB / average %s)%n",
                s.satisfaction().indexPoints(), s.satisfaction().indexMaxPoints(), s.satisfaction().ratings(),
                s.satisfaction().averageScore());
        System.out.printf("  Thủ tục trực tuyến / online procedures: %d (%d toàn trình / full, %d một phần / partial)%n",
                s.proceduresOnline().total(), s.proceduresOnline().fullOnline(), s.proceduresOnline().partialOnline());
    }
}
