package vn.hoso.archive.search.internal;

/**
 * A document detected as a duplicate ({@code copyDocumentId}, in dossier {@code copyDossierId}) of {@code documentId}:
 * it was not recognized again, so its pages are the original's pages, kept the same as they change.
 */
record Copy(String documentId, String copyDocumentId, String copyDossierId) {
}
