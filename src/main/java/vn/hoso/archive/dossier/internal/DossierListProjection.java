package vn.hoso.archive.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.dossier.ApologyIssuedEvent;
import vn.hoso.archive.dossier.ArchiveRecordRegisteredEvent;
import vn.hoso.archive.dossier.DossierAssignedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.DossierStatusChange;
import vn.hoso.archive.dossier.ResultIssuedEvent;
import vn.hoso.archive.dossier.ServiceRatedEvent;
import vn.hoso.archive.dossier.SupplementReceivedEvent;
import vn.hoso.archive.dossier.SupplementRequestedEvent;
import vn.hoso.archive.eventstore.ProcessorBatch;

/**
 * Projects dossier events into the {@code dossier_summary} table behind the dossier list, each dossier's row written
 * once per event processor batch ({@link SummaryChanges}). Replays rebuild it.
 */
@Component
@ProcessingGroup(DossierListProjection.PROCESSING_GROUP)
class DossierListProjection {

    static final String PROCESSING_GROUP = "dossier-list";

    private final JdbcTemplate jdbc;
    private final ProcedureCatalogue catalogue;

    DossierListProjection(JdbcTemplate jdbc, ProcedureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @ResetHandler
    void clear() {
        jdbc.update("DELETE FROM dossier_summary");
    }

    @EventHandler
    void on(DossierReceivedEvent event) {
        String field = catalogue.find(event.procedureCode()).map(Procedure::field).orElse("unknown");
        change(summaries -> summaries.receive(event.dossierId().value(), event.dossierId().value(),
                event.procedureCode(), field, event.channel().name(), event.applicant().name(),
                event.applicant().village(), DossierStatus.RECEIVED.name(), timestamp(event.receivedAt()),
                timestamp(event.dueAt()), event.dueDateProvisional()));
    }

    @EventHandler
    void on(DossierAssignedEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "status", DossierStatus.IN_PROGRESS.name(),
                "official", event.official()));
    }

    @EventHandler
    void on(SupplementRequestedEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "status",
                DossierStatus.AWAITING_SUPPLEMENT.name(), "clock_stopped", true));
    }

    @EventHandler
    void on(SupplementReceivedEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "status", DossierStatus.IN_PROGRESS.name(),
                "clock_stopped", false, "due_at", timestamp(event.dueAt()),
                "due_date_provisional", event.dueDateProvisional()));
    }

    @EventHandler
    void on(ApologyIssuedEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "apology_issued", true));
    }

    @EventHandler
    void on(ResultIssuedEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "status", DossierStatus.RESULT_ISSUED.name(),
                "result_number", event.resultNumber(), "resolved_at", timestamp(event.issuedAt()),
                "resolved_late", event.late()));
    }

    @EventHandler
    void on(ArchiveRecordRegisteredEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "status", DossierStatus.ARCHIVED.name(),
                "archive_record", true));
    }

    @EventHandler
    void on(ServiceRatedEvent event) {
        change(summaries -> summaries.set(event.dossierId().value(), "rating", event.score(),
                "rated_at", timestamp(event.ratedAt())));
    }

    /**
     * Every other dossier step changes nothing but the state (village forward and reply, result returned, rejection,
     * withdrawal, archival); events of other aggregates change nothing here.
     */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        DossierStatusChange.after(event).ifPresent(status ->
                change(summaries -> summaries.set(message.getAggregateIdentifier(), "status", status.name())));
    }

    private void change(Consumer<SummaryChanges> change) {
        ProcessorBatch.change(PROCESSING_GROUP, SummaryChanges::new, change, summaries -> summaries.write(jdbc));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
