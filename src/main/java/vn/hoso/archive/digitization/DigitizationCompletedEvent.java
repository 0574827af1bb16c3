package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DigitizationCompletedEvent(String documentId, String dossierId, int pageCount) {
}
