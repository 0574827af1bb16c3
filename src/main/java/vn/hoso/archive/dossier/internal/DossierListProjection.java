package vn.hoso.archive.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** Projects dossier events into the {@code dossier_summary} table behind the dossier list. Replays rebuild it. */
@Component
@ProcessingGroup(DossierListProjection.PROCESSING_GROUP)
class DossierListProjection {

    static final String PROCESSING_GROUP = "dossier-list";

    private final JdbcClient jdbc;
    private final ProcedureCatalogue catalogue;

    DossierListProjection(JdbcClient jdbc, ProcedureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @ResetHandler
    void clear() {
        jdbc.sql("DELETE FROM dossier_summary").update();
    }

    @EventHandler
    void on(DossierReceivedEvent event) {
        String field = catalogue.find(event.procedureCode()).map(Procedure::field).orElse("unknown");
        jdbc.sql("DELETE FROM dossier_summary WHERE dossier_id = ?").param(event.dossierId().value()).update();
        jdbc.sql("""
                INSERT INTO dossier_summary (dossier_id, procedure_code, field, channel, applicant_name, village, status,
                    received_at, due_at, due_date_provisional, clock_stopped, apology_issued)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE)""")
                .params(event.dossierId().value(), event.procedureCode(), field, event.channel().name(),
                        event.applicant().name(), event.applicant().village(), DossierStatus.RECEIVED.name(),
                        timestamp(event.receivedAt()), timestamp(event.dueAt()), event.dueDateProvisional())
                .update();
    }

    @EventHandler
    void on(DossierAssignedEvent event) {
        jdbc.sql("UPDATE dossier_summary SET status = ?, official = ? WHERE dossier_id = ?")
                .params(DossierStatus.IN_PROGRESS.name(), event.official(), event.dossierId().value()).update();
    }

    @EventHandler
    void on(SupplementRequestedEvent event) {
        jdbc.sql("UPDATE dossier_summary SET status = ?, clock_stopped = TRUE WHERE dossier_id = ?")
                .params(DossierStatus.AWAITING_SUPPLEMENT.name(), event.dossierId().value()).update();
    }

    @EventHandler
    void on(SupplementReceivedEvent event) {
        jdbc.sql("""
                UPDATE dossier_summary SET status = ?, clock_stopped = FALSE, due_at = ?, due_date_provisional = ?
                WHERE dossier_id = ?""")
                .params(DossierStatus.IN_PROGRESS.name(), timestamp(event.dueAt()), event.dueDateProvisional(),
                        event.dossierId().value())
                .update();
    }

    @EventHandler
    void on(ApologyIssuedEvent event) {
        jdbc.sql("UPDATE dossier_summary SET apology_issued = TRUE WHERE dossier_id = ?")
                .param(event.dossierId().value()).update();
    }

    @EventHandler
    void on(ResultIssuedEvent event) {
        jdbc.sql("""
                UPDATE dossier_summary SET status = ?, result_number = ?, resolved_at = ?, resolved_late = ?
                WHERE dossier_id = ?""")
                .params(DossierStatus.RESULT_ISSUED.name(), event.resultNumber(), timestamp(event.issuedAt()),
                        event.late(), event.dossierId().value())
                .update();
    }

    @EventHandler
    void on(ArchiveRecordRegisteredEvent event) {
        jdbc.sql("UPDATE dossier_summary SET status = ?, archive_record = TRUE WHERE dossier_id = ?")
                .params(DossierStatus.ARCHIVED.name(), event.dossierId().value()).update();
    }

    @EventHandler
    void on(ServiceRatedEvent event) {
        jdbc.sql("UPDATE dossier_summary SET rating = ?, rated_at = ? WHERE dossier_id = ?")
                .params(event.score(), timestamp(event.ratedAt()), event.dossierId().value()).update();
    }

    /**
     * Every other dossier step changes nothing but the state (village forward and reply, result returned, rejection,
     * withdrawal, archival); events of other aggregates change nothing here.
     */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        DossierStatusChange.after(event).ifPresent(status ->
                jdbc.sql("UPDATE dossier_summary SET status = ? WHERE dossier_id = ?")
                        .params(status.name(), message.getAggregateIdentifier()).update());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
