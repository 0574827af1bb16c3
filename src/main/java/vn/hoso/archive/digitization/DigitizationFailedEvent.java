package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/** Digitization stopped for good; {@code failure} is a stable code, {@code detail} a short reason without stack traces. */
@Revision("1")
public record DigitizationFailedEvent(String documentId, String dossierId, DigitizationFailure failure, String detail) {
}
