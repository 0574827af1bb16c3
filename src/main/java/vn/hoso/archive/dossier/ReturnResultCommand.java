package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands the result to the citizen. */
public record ReturnResultCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        Instant returnedAt) {
}
