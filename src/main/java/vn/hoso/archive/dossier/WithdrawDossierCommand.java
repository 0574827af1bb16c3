package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant withdraws the dossier. */
public record WithdrawDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String reason) {
}
