package vn.hoso.archive.search.internal;

/** A scanned document as the indexer remembers it (in the documents index, not searched): the dossier it belongs to. */
record IndexedDocument(String documentId, String dossierId) {
}
