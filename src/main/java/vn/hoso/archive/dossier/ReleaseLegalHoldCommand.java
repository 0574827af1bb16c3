package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReleaseLegalHoldCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String reason,
        Instant releasedAt) {
}
