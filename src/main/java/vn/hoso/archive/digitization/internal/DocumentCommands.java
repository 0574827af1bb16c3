package vn.hoso.archive.digitization.internal;

import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.hoso.archive.digitization.DigitizationFailure;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent.StoredDerivative;

/** The commands of the scanned-document aggregate; only the digitization module sends them. */
final class DocumentCommands {

    private DocumentCommands() {
    }

    record RegisterDocument(@TargetAggregateIdentifier String documentId, String dossierId, String sha256,
                            long sizeBytes, String mediaType, String originalName) {
    }

    record LinkDuplicate(@TargetAggregateIdentifier String documentId, String originalDocumentId) {
    }

    record RecordPageText(@TargetAggregateIdentifier String documentId, int run, int pageNumber, String text,
                          PageTextRecognizedEvent.TextSource source, PageTextRecognizedEvent.Measures measures,
                          PageTextRecognizedEvent.Provenance provenance,
                          List<PageTextRecognizedEvent.UncertainWord> uncertainWords, String pageImageKey) {
    }

    record RecordSearchablePdf(@TargetAggregateIdentifier String documentId, int run, int pageCount,
                               StoredDerivative searchablePdf, StoredDerivative text, StoredDerivative hocr) {
    }

    record CompleteDigitization(@TargetAggregateIdentifier String documentId, int run, int pageCount) {
    }

    record FailDigitization(@TargetAggregateIdentifier String documentId, int run, DigitizationFailure failure,
                            String detail) {
    }

    record ReviewPage(@TargetAggregateIdentifier String documentId, int pageNumber, String correctedText,
                      String reviewer) {
    }

    /** @param languages Tesseract language string for the new run, e.g. {@code vie+eng} */
    record RequestReOcr(@TargetAggregateIdentifier String documentId, String languages,
                        Map<String, String> modelSha256, String reason, String requester) {
    }
}
