package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The village's answer came back. */
public record RecordVillageReplyCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        boolean confirmed,
        String note) {
}
