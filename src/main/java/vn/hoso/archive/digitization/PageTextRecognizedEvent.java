package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/** The text of one page, with how it was produced. Pages count from 1. */
@Revision("1")
public record PageTextRecognizedEvent(
        String documentId,
        String dossierId,
        int pageNumber,
        String text,
        double meanWordConfidence,
        int wordCount,
        long durationMillis,
        String engine,
        String engineVersion,
        String languages,
        java.util.Map<String, String> modelSha256) {
}
