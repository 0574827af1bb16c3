package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Destroys a dossier under review whose destruction two officials approved and that no legal hold protects. */
public record DisposeDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        Instant disposedAt) {
}
