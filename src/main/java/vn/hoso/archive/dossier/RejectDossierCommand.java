package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String reason) {
}
