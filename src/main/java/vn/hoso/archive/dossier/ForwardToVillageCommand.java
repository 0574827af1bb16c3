package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the dossier to a village for confirmation (e.g. land origin). */
public record ForwardToVillageCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String village,
        String purpose) {
}
