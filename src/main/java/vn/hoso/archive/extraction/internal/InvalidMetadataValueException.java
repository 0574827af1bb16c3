package vn.hoso.archive.extraction.internal;

import vn.hoso.archive.extraction.MetadataKind;

/** An archivist's correction that is not in the normalized form of the suggestion's kind. */
class InvalidMetadataValueException extends RuntimeException {

    private final transient MetadataKind kind;

    InvalidMetadataValueException(MetadataKind kind, String value) {
        super("Not a " + kind + " value: " + value);
        this.kind = kind;
    }

    MetadataKind kind() {
        return kind;
    }
}
