package vn.hoso.archive.extraction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reject a suggestion. */
public record RejectMetadataCommand(@TargetAggregateIdentifier String metadataId, int suggestionId, String rejectedBy) {

    public static RejectMetadataCommand of(String documentId, int suggestionId, String rejectedBy) {
        return new RejectMetadataCommand(MetadataIds.of(documentId), suggestionId, rejectedBy);
    }
}
