package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/**
 * Digitization stopped; {@code failure} is a stable code, {@code detail} a short reason without stack traces, and
 * {@code retriable} says whether the same file may succeed on another try (a re-OCR), or never will.
 */
@Revision("2")
public record DigitizationFailedEvent(String documentId, String dossierId, DigitizationFailure failure, String detail,
                                      boolean retriable) {
}
