package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/** An archivist checked a page and corrected its text; the corrected text replaces the recognized one in search. */
@Revision("1")
public record PageReviewedEvent(String documentId, String dossierId, int run, int pageNumber, String correctedText,
                                String reviewedBy) {
}
