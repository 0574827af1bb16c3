package vn.hoso.archive.benchmark;

import static vn.hoso.archive.benchmark.Percentiles.percentile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.hoso.archive.audit.ChainVerification;
import vn.hoso.archive.audit.RecordTimeline;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.AttachDocumentCommand;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;

/**
 * {@code ./hoso bench verify}: on a store the launcher has filled (the thanh-oai-2025 simulation), verification of
 * every event against its chain, {@value #VERIFICATIONS} times, and the state of a {@value #LONG_STREAM}-event
 * dossier as of now, replayed from its first event, {@value #REPLAYS} times after {@value #WARM_UP_REPLAYS} unmeasured
 * ones. Verification's own thread's CPU time is shown beside the wall time: on a loaded machine it tells the share
 * of the Java side (the database works in its own processes).
 */
@Component
@ConditionalOnProperty(name = "hoso.bench", havingValue = "verify")
class VerifyBenchmark implements ApplicationRunner {

    private static final int VERIFICATIONS = 5;
    private static final int LONG_STREAM = 200;
    private static final int REPLAYS = 100;
    private static final int WARM_UP_REPLAYS = 20;

    private final ChainVerification verification;
    private final RecordTimeline timeline;
    private final CommandGateway commands;
    private final ConfigurableApplicationContext context;

    VerifyBenchmark(ChainVerification verification, RecordTimeline timeline, CommandGateway commands,
                    ConfigurableApplicationContext context) {
        this.verification = verification;
        this.timeline = timeline;
        this.commands = commands;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ChainVerification.Report report = null;
        double[] eventsPerSecond = new double[VERIFICATIONS];
        double[] eventsPerCpuSecond = new double[VERIFICATIONS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < VERIFICATIONS; round++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            report = verification.verify();
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
            eventsPerSecond[round] = report.events() * 1000.0 / Math.max(1, report.millis());
            eventsPerCpuSecond[round] = report.events() * 1000.0 / Math.max(1, cpuMillis);
            System.out.printf("  verification %d: %,d events of %,d streams in %d ms = %,.0f events/s (this thread's "
                            + "CPU %.0f ms = %,.0f events per CPU second), %s%n", round + 1, report.events(),
                    report.streams(), report.millis(), eventsPerSecond[round], cpuMillis, eventsPerCpuSecond[round],
                    report.intact() ? "intact" : report.findings().size() + " findings");
        }
        double[] replays = replayLongDossier();
        System.out.printf("  state of a %d-event dossier as of now, replayed from its first event: p50 %.2f ms, "
                + "p95 %.2f ms%n", LONG_STREAM, percentile(replays, 50), percentile(replays, 95));
        System.out.printf("%nevents=%d streams=%d intact=%s verify_events_per_s_best=%.0f "
                        + "verify_events_per_s_median=%.0f verify_events_per_cpu_s_best=%.0f asof_200_p50_ms=%.2f "
                        + "asof_200_p95_ms=%.2f%n",
                report.events(), report.streams(), report.intact(), Arrays.stream(eventsPerSecond).max().orElseThrow(),
                percentile(eventsPerSecond, 50), Arrays.stream(eventsPerCpuSecond).max().orElseThrow(),
                percentile(replays, 50), percentile(replays, 95));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private double[] replayLongDossier() {
        DossierId id = new DossierId("BENCH-VERIFY-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase());
        commands.sendAndWait(new ReceiveDossierCommand(id, "CIVIL-BIRTH",
                new Applicant("Nguyễn Văn Bền", "001085099999", "Thôn 1", "Thanh Thùy", "0912000000"),
                Channel.DIRECT, null, List.of(), 5, Instant.now()));
        for (int document = 1; document < LONG_STREAM; document++) {
            commands.sendAndWait(new AttachDocumentCommand(id, "doc-" + document, "ab".repeat(32), "p.png"));
        }
        for (int round = 0; round < WARM_UP_REPLAYS; round++) {
            timeline.stateAt(id.value(), Instant.now());
        }
        double[] millis = new double[REPLAYS];
        for (int round = 0; round < REPLAYS; round++) {
            long started = System.nanoTime();
            RecordTimeline.State state = timeline.stateAt(id.value(), Instant.now()).orElseThrow();
            millis[round] = (System.nanoTime() - started) / 1e6;
            if (state.eventsApplied() != LONG_STREAM) {
                throw new IllegalStateException("Replayed " + state.eventsApplied() + " events of " + LONG_STREAM);
            }
        }
        return millis;
    }
}
