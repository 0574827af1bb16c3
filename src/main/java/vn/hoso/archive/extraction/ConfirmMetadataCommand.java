package vn.hoso.archive.extraction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirm a suggestion, with {@code correctedValue} when the archivist fixes what was found (null keeps it). */
public record ConfirmMetadataCommand(
        @TargetAggregateIdentifier String metadataId,
        int suggestionId,
        String correctedValue,
        String confirmedBy) {

    public static ConfirmMetadataCommand of(String documentId, int suggestionId, String correctedValue,
                                            String confirmedBy) {
        return new ConfirmMetadataCommand(MetadataIds.of(documentId), suggestionId, correctedValue, confirmedBy);
    }
}
