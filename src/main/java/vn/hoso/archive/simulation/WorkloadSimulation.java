package vn.hoso.archive.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.calendar.OfficeHours;
import vn.hoso.archive.calendar.WorkingCalendar;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.reporting.Statistics;
import vn.hoso.archive.reporting.StatisticsReport;

/**
 * Replays a preset through the command API: the catalogue is completed with synthetic procedures up to the
 * preset's online counts, every planned dossier is received and processed with its historical timestamps, and once
 * the dossier list has caught up the statistics report for the period is computed.
 */
@Component
public class WorkloadSimulation {

    private static final Actor SIMULATION = new Actor("system:simulation");
    private static final MetaData AS_SIMULATION = MetaData.with(Actor.METADATA_KEY, SIMULATION.name());
    private static final int CLIENTS = 4;
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final DossierCodes codes;
    private final ProcedureCatalogue catalogue;
    private final StatisticsReport report;
    private final JdbcClient jdbc;
    private final WorkloadPlanner planner;

    WorkloadSimulation(CommandGateway commands, DossierCodes codes, ProcedureCatalogue catalogue,
                       StatisticsReport report, JdbcClient jdbc, WorkingCalendar calendar, OfficeHours hours) {
        this.commands = commands;
        this.codes = codes;
        this.catalogue = catalogue;
        this.report = report;
        this.jdbc = jdbc;
        this.planner = new WorkloadPlanner(calendar, hours.zone());
    }

    public record Outcome(Statistics statistics, int commandsSent, Duration elapsed) {
    }

    public Outcome run(SimulationPreset preset) throws InterruptedException {
        Instant start = Instant.now();
        catalogue.importProcedures(SyntheticProcedures.toReach(preset, catalogue.all()), "simulation:" + preset.name(),
                SIMULATION);
        List<DossierPlan> plans = planner.plan(preset, catalogue.all());
        int sent = drive(plans);
        awaitDossierList(plans);
        Statistics statistics = report.compute(new StatisticsReport.Filter(preset.from(), preset.to(), null, null, null,
                null), Instant.now());
        return new Outcome(statistics, sent, Duration.between(start, Instant.now()));
    }

    private int drive(List<DossierPlan> plans) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (DossierPlan plan : plans) {
                results.add(clients.submit(() -> send(plan)));
            }
            int sent = 0;
            for (Future<Integer> result : results) {
                sent += result.get();
            }
            return sent;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The simulation could not send a command", e.getCause());
        } finally {
            clients.shutdown();
        }
    }

    private int send(DossierPlan plan) {
        DossierId dossierId = codes.next(plan.receivedAt());
        commands.sendAndWait(new ReceiveDossierCommand(dossierId, plan.procedure().code(), plan.applicant(),
                plan.channel(), null, plan.procedure().requiredDocuments(), plan.procedure().processingWorkingDays(),
                plan.receivedAt()), AS_SIMULATION);
        for (DossierPlan.Step step : plan.steps()) {
            commands.sendAndWait(step.command().apply(dossierId), AS_SIMULATION);
        }
        return 1 + plan.steps().size();
    }

    private void awaitDossierList(List<DossierPlan> plans) throws InterruptedException {
        long resolved = plans.stream().filter(DossierPlan::resolved).count();
        Instant deadline = Instant.now().plus(CATCH_UP);
        while (Instant.now().isBefore(deadline)) {
            long returned = jdbc.sql("SELECT COUNT(*) FROM dossier_summary WHERE status = 'RESULT_RETURNED'")
                    .query(Long.class).single();
            long listed = jdbc.sql("SELECT COUNT(*) FROM dossier_summary").query(Long.class).single();
            if (returned >= resolved && listed >= plans.size()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The dossier list did not catch up within " + CATCH_UP);
    }
}
