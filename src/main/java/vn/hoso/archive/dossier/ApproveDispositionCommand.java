package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One official approves the destruction under review; it takes two different officials. */
public record ApproveDispositionCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String official) {
}
