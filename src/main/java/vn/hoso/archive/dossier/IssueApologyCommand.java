package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The written apology an overdue dossier requires, with the new appointment. */
public record IssueApologyCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        Instant newAppointmentAt,
        String reason,
        Instant issuedAt) {
}
