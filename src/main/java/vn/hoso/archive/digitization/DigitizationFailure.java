package vn.hoso.archive.digitization;

/** Stable codes for why a document could not be digitized; translated in the UI's message bundles. */
public enum DigitizationFailure {
    EMPTY_FILE,
    UNSUPPORTED_MEDIA_TYPE,
    UNREADABLE_DOCUMENT,
    IMAGE_TOO_LARGE,
    OCR_FAILED
}
