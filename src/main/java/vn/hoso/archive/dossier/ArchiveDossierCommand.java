package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        Instant archivedAt) {
}
