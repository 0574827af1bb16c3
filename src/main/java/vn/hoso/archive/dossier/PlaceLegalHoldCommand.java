package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A legal hold (litigation, inspection, complaint): while it lasts the dossier cannot be destroyed. */
public record PlaceLegalHoldCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String reason,
        Instant placedAt) {
}
