package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues the result: a certificate or a decision, with its number. */
public record IssueResultCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String resultNumber,
        Instant issuedAt) {
}
