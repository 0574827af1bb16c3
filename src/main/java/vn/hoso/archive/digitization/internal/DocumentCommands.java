package vn.hoso.archive.digitization.internal;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the scanned-document aggregate; only the digitization module sends them. */
final class DocumentCommands {

    private DocumentCommands() {
    }

    record RegisterDocument(@TargetAggregateIdentifier String documentId, String dossierId, String sha256,
                            long sizeBytes, String mediaType, String originalName) {
    }

    record RecordPageText(@TargetAggregateIdentifier String documentId, int pageNumber, String text,
                          double meanWordConfidence, int wordCount, long durationMillis, String engine,
                          String engineVersion, String languages, Map<String, String> modelSha256) {
    }

    record CompleteDigitization(@TargetAggregateIdentifier String documentId, int pageCount) {
    }

    record FailDigitization(@TargetAggregateIdentifier String documentId,
                            vn.hoso.archive.digitization.DigitizationFailure failure, String detail) {
    }
}
