package vn.hoso.archive.digitization.internal;

import vn.hoso.archive.digitization.DigitizationFailure;

/** A document whose pages cannot be read: corrupt, truncated, or an image too large to decode safely. */
class UnreadableDocumentException extends Exception {

    private final DigitizationFailure failure;

    UnreadableDocumentException(DigitizationFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    UnreadableDocumentException(DigitizationFailure failure, String message) {
        this(failure, message, null);
    }

    DigitizationFailure failure() {
        return failure;
    }
}
