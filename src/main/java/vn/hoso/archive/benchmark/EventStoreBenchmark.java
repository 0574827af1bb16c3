package vn.hoso.archive.benchmark;

import static vn.hoso.archive.benchmark.Percentiles.percentile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.ArchiveDossierCommand;
import vn.hoso.archive.dossier.AssignDossierCommand;
import vn.hoso.archive.dossier.AttachDocumentCommand;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierAssignedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.FeedbackChannel;
import vn.hoso.archive.dossier.ForwardToVillageCommand;
import vn.hoso.archive.dossier.IssueResultCommand;
import vn.hoso.archive.dossier.RateServiceCommand;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.dossier.RecordVillageReplyCommand;
import vn.hoso.archive.dossier.ReturnResultCommand;
import vn.hoso.archive.eventstore.EventProcessors;

/**
 * {@code ./hoso bench events}: on the configured database, side by side in one run,
 * <ol>
 *   <li>dossier commands from {@value #CLIENTS} concurrent clients (whole lifecycles: receipt to archival, one event
 *   per command) against raw appends of the same events from as many threads, one transaction each;</li>
 *   <li>loading a dossier of {@value #LONG_STREAM} events for a command that changes nothing: kept in memory, and
 *   rebuilt from the store;</li>
 *   <li>rebuilding the SQL read models (dossier list, portal feed) by replaying every event;</li>
 *   <li>as the ceiling for both, one-row commits from as many plain JDBC clients;</li>
 *   <li>commands and raw appends again with every event processor paused: the share the projections take.</li>
 * </ol>
 */
@Component
@ConditionalOnProperty(name = "hoso.bench", havingValue = "events")
class EventStoreBenchmark implements ApplicationRunner {

    private static final int CLIENTS = 4;
    static final String CLIENT_THREAD = "bench-client-";
    /** Events of one dossier lifecycle; raw appends and JDBC commits store as many per round. */
    private static final int EVENTS_PER_ROUND = 8;
    private static final int LONG_STREAM = 200;
    private static final int LOADS = 200;
    /** Long enough for the JIT compiler to be done with the command path: after 5 s it still took a third of the CPU. */
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration MEASURED = Duration.ofSeconds(20);
    private static final Duration STATISTICS_DELAY = Duration.ofMillis(1500);
    /** The kernel's unit of process CPU time in {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final Applicant APPLICANT =
            new Applicant("Nguyễn Văn Bền", "001085099999", "Thôn 1", "Thanh Thùy", "0912000000");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final EventProcessingConfiguration processing;
    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final Cache dossierCache;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final AtomicLong rounds = new AtomicLong();

    EventStoreBenchmark(CommandGateway commands, EventStore eventStore, TransactionTemplate transactions,
                        EventProcessingConfiguration processing, ConfigurableApplicationContext context,
                        JdbcTemplate jdbc, Cache dossierCache) {
        this.jdbc = jdbc;
        this.dossierCache = dossierCache;
        this.commands = commands;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.processing = processing;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exitCode = 1;
        try {
            measure();
            exitCode = 0;
        } catch (Exception e) {
            System.err.println("The event store benchmark failed: " + e);
        } finally {
            int code = exitCode;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    private void measure() throws Exception {
        System.out.printf("Event store benchmark, %d clients, %d s per phase after %d s warm-up%n", CLIENTS,
                MEASURED.toSeconds(), WARM_UP.toSeconds());
        throughput("warm-up", WARM_UP, this::dossierLifecycle);
        Phase commands = throughput("commands", MEASURED, this::dossierLifecycle);
        Phase raw = throughput("raw appends", MEASURED, this::rawAppends);
        Phase jdbcCommits = commitCeiling();
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        Phase quietCommands = throughput("commands, projections paused", MEASURED, this::dossierLifecycle);
        Phase quietRaw = throughput("raw appends, projections paused", MEASURED, this::rawAppends);
        Loads loads = loadLongDossier();
        processing.eventProcessors().values().forEach(EventProcessor::start);
        Rebuild rebuild = rebuildReadModels();
        System.out.printf("%nevents_per_s_commands=%.0f events_per_s_raw=%.0f commits_per_s_jdbc=%.0f "
                        + "events_per_s_commands_paused=%.0f events_per_s_raw_paused=%.0f "
                        + "ratio_commands_vs_raw=%.2f ratio_commands_vs_jdbc=%.2f ratio_commands_paused_vs_jdbc=%.2f "
                        + "commits_per_event_commands=%.2f commits_per_event_commands_paused=%.2f "
                        + "token_updates_per_event_commands=%.2f "
                        + "jvm_cpu_us_per_event_commands=%.0f db_cpu_us_per_event_commands=%.0f "
                        + "jvm_cpu_us_per_event_commands_paused=%.0f db_cpu_us_per_event_commands_paused=%.0f "
                        + "jvm_cpu_us_per_event_raw_paused=%.0f db_cpu_us_per_event_raw_paused=%.0f "
                        + "db_cpu_us_per_commit_jdbc=%.0f "
                        + "load_200_p50_ms=%.2f load_200_p95_ms=%.2f "
                        + "cold_load_200_p50_ms=%.2f cold_load_200_p95_ms=%.2f rebuild_events=%d rebuild_s=%.1f "
                        + "rebuild_events_per_s=%.0f clients=%d%n",
                commands.rate(), raw.rate(), jdbcCommits.rate(), quietCommands.rate(), quietRaw.rate(),
                commands.rate() / raw.rate(), commands.rate() / jdbcCommits.rate(),
                quietCommands.rate() / jdbcCommits.rate(), commands.commitsPerEvent(), quietCommands.commitsPerEvent(),
                commands.tokenUpdatesPerEvent(),
                commands.jvmMicrosPerEvent(), commands.databaseMicrosPerEvent(), quietCommands.jvmMicrosPerEvent(),
                quietCommands.databaseMicrosPerEvent(), quietRaw.jvmMicrosPerEvent(), quietRaw.databaseMicrosPerEvent(),
                jdbcCommits.databaseMicrosPerEvent(),
                percentile(loads.cached(), 50), percentile(loads.cached(), 95),
                percentile(loads.cold(), 50), percentile(loads.cold(), 95),
                rebuild.events(), rebuild.seconds(), rebuild.events() / rebuild.seconds(), CLIENTS);
    }

    /**
     * A phase's events per second, database commits per event, and CPU per event: this JVM's (clients, event
     * processors, everything else it runs) and the database server's processes serving this database's connections.
     * CPU is what the loaded machine's figures are least sensitive to; events per second follow the other load.
     */
    private record Phase(double rate, double commitsPerEvent, double tokenUpdatesPerEvent, double jvmMicrosPerEvent,
                         double databaseMicrosPerEvent) {
    }

    /**
     * Transactions committed in this database so far, by every connection (clients, event processors, the scheduler;
     * read-only ones too), and the event processors' token updates among them: one per batch a processor handled.
     */
    private record DatabaseCounts(long commits, long tokenUpdates) {
    }

    /** Each client repeats {@code work} (which returns how many events it stored) until the time is up. */
    private Phase throughput(String phase, Duration duration, LongUnaryOperator work) throws Exception {
        AtomicLong events = new AtomicLong();
        DatabaseCounts before = databaseCounts();
        long jvmCpuBefore = jvmCpuNanos();
        Map<Integer, Long> databaseCpuBefore = databaseCpuTicks();
        ThreadGroupsCpu threadsBefore = ThreadGroupsCpu.now();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        AtomicLong clientNumber = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS,
                task -> new Thread(task, CLIENT_THREAD + clientNumber.incrementAndGet()));
        ThreadGroupsCpu threadsAfter;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        events.addAndGet(work.applyAsLong(rounds.incrementAndGet()));
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            threadsAfter = ThreadGroupsCpu.now();
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double jvmMicros = (jvmCpuNanos() - jvmCpuBefore) / 1e3;
        double databaseMicros = ticksSince(databaseCpuBefore) * 1e6 / CLOCK_TICKS_PER_SECOND;
        double rate = events.get() / seconds;
        DatabaseCounts after = databaseCounts();
        Phase measured = new Phase(rate, (double) (after.commits() - before.commits()) / events.get(),
                (double) (after.tokenUpdates() - before.tokenUpdates()) / events.get(), jvmMicros / events.get(),
                databaseMicros / events.get());
        System.out.printf("  %-32s %,9d events in %5.1f s = %,7.0f events/s, %.2f database commits and %.2f token"
                        + " updates per event, CPU per event: JVM %,.0f µs, database %,.0f µs%n", phase, events.get(),
                seconds, rate, measured.commitsPerEvent(), measured.tokenUpdatesPerEvent(),
                measured.jvmMicrosPerEvent(), measured.databaseMicrosPerEvent());
        System.out.printf("  %-32s JVM CPU per event by thread group: %s%n", "", threadsAfter
                .microsPerEventSince(threadsBefore, events.get()).entrySet().stream()
                .filter(group -> group.getValue() >= 1)
                .map(group -> String.format("%s %,.0f µs", group.getKey(), group.getValue()))
                .collect(Collectors.joining(", ")));
        return measured;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * User and system CPU ticks of each server process of this database's connections, from {@code /proc} (the
     * benchmark runs on the database's machine; a process that is gone or unreadable counts nothing).
     */
    private Map<Integer, Long> databaseCpuTicks() {
        Map<Integer, Long> ticks = new HashMap<>();
        for (Integer pid : jdbc.queryForList(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()", Integer.class)) {
            ticks.put(pid, cpuTicks(pid));
        }
        return ticks;
    }

    private long ticksSince(Map<Integer, Long> before) {
        long ticks = 0;
        for (Map.Entry<Integer, Long> process : databaseCpuTicks().entrySet()) {
            ticks += Math.max(0, process.getValue() - before.getOrDefault(process.getKey(), 0L));
        }
        return ticks;
    }

    private static long cpuTicks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** PostgreSQL publishes a backend's counts at most once a second, hence the pause. */
    private DatabaseCounts databaseCounts() throws InterruptedException {
        Thread.sleep(STATISTICS_DELAY.toMillis());
        return jdbc.queryForObject("SELECT d.xact_commit, t.n_tup_upd FROM pg_stat_database d, pg_stat_user_tables t"
                        + " WHERE d.datname = current_database() AND t.relname = 'token_entry'",
                (row, i) -> new DatabaseCounts(row.getLong(1), row.getLong(2)));
    }

    private long dossierLifecycle(long round) {
        DossierId id = new DossierId("BENCH-" + run + "-" + round);
        Instant now = Instant.now();
        List<Object> steps = List.of(
                new ReceiveDossierCommand(id, "LAND-ORIGIN-CONFIRMATION", APPLICANT, Channel.DIRECT, null,
                        List.of("Đơn"), 5, now),
                new AssignDossierCommand(id, "can.bo." + round % 6, "land"),
                new ForwardToVillageCommand(id, "Thanh Thùy", "Xác nhận nguồn gốc đất"),
                new RecordVillageReplyCommand(id, true, "Đất ở ổn định"),
                new IssueResultCommand(id, "XN-" + round, now),
                new ReturnResultCommand(id, now),
                new RateServiceCommand(id, 5, null, FeedbackChannel.COUNTER_QR, now),
                new ArchiveDossierCommand(id, now));
        steps.forEach(commands::sendAndWait);
        return steps.size();
    }

    /** The same number of events per round as a lifecycle, appended straight to the store, one transaction each. */
    private long rawAppends(long round) {
        String aggregate = "RAW-" + run + "-" + round;
        DossierId id = new DossierId(aggregate);
        for (int sequence = 0; sequence < EVENTS_PER_ROUND; sequence++) {
            long number = sequence;
            transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                    "Dossier", aggregate, number, new DossierAssignedEvent(id, "can.bo.1", "land"))));
        }
        return EVENTS_PER_ROUND;
    }

    /**
     * The database's own limit for this workload: one-row transactions from as many plain JDBC clients, in a table
     * of the benchmark's own, so the figures above can be read against what the disk's commits allow.
     */
    private Phase commitCeiling() throws Exception {
        jdbc.execute("CREATE TABLE bench_commit_probe (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
        try {
            return throughput("jdbc commits", MEASURED, round -> {
                for (int row = 0; row < EVENTS_PER_ROUND; row++) {
                    jdbc.update("INSERT INTO bench_commit_probe VALUES (?, ?)", round * EVENTS_PER_ROUND + row,
                            "can.bo.1 land");
                }
                return EVENTS_PER_ROUND;
            });
        } finally {
            jdbc.execute("DROP TABLE bench_commit_probe");
        }
    }

    /**
     * Milliseconds per load of the long dossier through the command path, with a command that changes nothing: kept in
     * the cache, and evicted before each command, so it is rebuilt from the store (its latest snapshot and the events
     * after it). Measured while the projections are still paused, so their catch-up on the paused phases' events
     * does not share the cores with the loads.
     */
    private record Loads(double[] cached, double[] cold) {
    }

    private Loads loadLongDossier() {
        DossierId id = new DossierId("BENCH-" + run + "-LONG");
        commands.sendAndWait(new ReceiveDossierCommand(id, "CIVIL-BIRTH", APPLICANT, Channel.DIRECT, null, List.of(),
                0, Instant.now()));
        for (int document = 1; document < LONG_STREAM; document++) {
            commands.sendAndWait(new AttachDocumentCommand(id, "doc-" + document, "ab".repeat(32), "p.png"));
        }
        AttachDocumentCommand alreadyAttached = new AttachDocumentCommand(id, "doc-1", "ab".repeat(32), "p.png");
        double[] cached = timedLoads(() -> commands.sendAndWait(alreadyAttached));
        System.out.printf("  load of a %d-event dossier kept in memory (command that changes nothing): "
                + "p50 %.2f ms, p95 %.2f ms%n", LONG_STREAM, percentile(cached, 50), percentile(cached, 95));
        double[] cold = timedLoads(() -> {
            dossierCache.remove(id.value());
            commands.sendAndWait(alreadyAttached);
        });
        System.out.printf("  load of the same dossier rebuilt from the store (snapshot + later events): "
                + "p50 %.2f ms, p95 %.2f ms%n", percentile(cold, 50), percentile(cold, 95));
        return new Loads(cached, cold);
    }

    private static double[] timedLoads(Runnable load) {
        double[] millis = new double[LOADS];
        for (int round = 0; round < LOADS; round++) {
            long started = System.nanoTime();
            load.run();
            millis[round] = (System.nanoTime() - started) / 1e6;
        }
        return millis;
    }

    private record Rebuild(long events, double seconds) {
    }

    private Rebuild rebuildReadModels() throws InterruptedException {
        StreamingEventProcessor list = processing.eventProcessor(EventProcessors.SQL_READ_MODELS, StreamingEventProcessor.class)
                .orElseThrow();
        long head = eventStore.createHeadToken().position().orElse(0);
        awaitPosition(list, head);
        long started = System.nanoTime();
        list.shutDown();
        list.resetTokens();
        list.start();
        while (list.processingStatus().values().stream().noneMatch(EventTrackerStatus::isReplaying)) {
            Thread.sleep(1);
        }
        awaitPosition(list, head);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  SQL read models rebuilt from %,d events in %.1f s%n", head, seconds);
        return new Rebuild(head, seconds);
    }

    private static void awaitPosition(StreamingEventProcessor processor, long position) throws InterruptedException {
        while (processor.processingStatus().isEmpty() || processor.processingStatus().values().stream()
                .anyMatch(status -> status.getCurrentPosition().orElse(-1) < position)) {
            Thread.sleep(50);
        }
    }
}
