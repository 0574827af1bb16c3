package vn.hoso.archive.extraction.internal;

/** The document has no suggestion with that number. */
class SuggestionNotFoundException extends RuntimeException {

    SuggestionNotFoundException(String documentId, int suggestionId) {
        super("Document " + documentId + " has no metadata suggestion " + suggestionId);
    }
}
