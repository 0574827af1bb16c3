package vn.hoso.archive.extraction;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suggest what was found on one page; values already suggested for that page are left out by the aggregate. */
public record SuggestMetadataCommand(
        @TargetAggregateIdentifier String metadataId,
        String documentId,
        String dossierId,
        int pageNumber,
        List<ExtractedValue> values) {

    public static SuggestMetadataCommand of(String documentId, String dossierId, int pageNumber,
                                            List<ExtractedValue> values) {
        return new SuggestMetadataCommand(MetadataIds.of(documentId), documentId, dossierId, pageNumber,
                List.copyOf(values));
    }
}
