package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links a registered scanned document to the dossier it belongs to. */
public record AttachDocumentCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String documentId,
        String sha256,
        String originalName) {
}
