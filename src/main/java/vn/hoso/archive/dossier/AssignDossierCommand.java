package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String official,
        String department) {
}
