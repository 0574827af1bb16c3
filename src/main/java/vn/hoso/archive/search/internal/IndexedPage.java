package vn.hoso.archive.search.internal;

import java.util.function.UnaryOperator;

/**
 * A search hit: one recognized page, with its dossier's fields and the metadata extracted from it. {@code pageId} is
 * also the document's id. {@code copyOf} names the original document when this page is a duplicate's copy of the
 * original's page (its image is the original's); null otherwise.
 */
record IndexedPage(String pageId, String dossierId, DossierFields dossier, String documentId, int pageNumber,
                   double meanWordConfidence, String text, String textFolded, PageMetadata metadata, String copyOf) {

    /** A page indexed by an older mapping has no metadata. */
    IndexedPage {
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }

    /** A page just recognized: no metadata found on it yet. */
    IndexedPage(String pageId, String dossierId, DossierFields dossier, String documentId, int pageNumber,
                double meanWordConfidence, String text, String textFolded) {
        this(pageId, dossierId, dossier, documentId, pageNumber, meanWordConfidence, text, textFolded, PageMetadata.NONE,
                null);
    }

    static String idOf(String documentId, int pageNumber) {
        return documentId + "-" + pageNumber;
    }

    IndexedPage with(DossierFields fields) {
        return new IndexedPage(pageId, dossierId, fields, documentId, pageNumber, meanWordConfidence, text, textFolded,
                metadata, copyOf);
    }

    IndexedPage withText(String correctedText, String correctedTextFolded) {
        return new IndexedPage(pageId, dossierId, dossier, documentId, pageNumber, meanWordConfidence, correctedText,
                correctedTextFolded, metadata, copyOf);
    }

    IndexedPage withMetadata(UnaryOperator<PageMetadata> change) {
        PageMetadata changed = change.apply(metadata);
        return changed == metadata ? this : new IndexedPage(pageId, dossierId, dossier, documentId, pageNumber,
                meanWordConfidence, text, textFolded, changed, copyOf);
    }

    /** The same page as a page of {@code copy}, a duplicate of this page's document in another dossier. */
    IndexedPage copiedTo(Copy copy, DossierFields copyDossier) {
        return new IndexedPage(idOf(copy.copyDocumentId(), pageNumber), copy.copyDossierId(), copyDossier,
                copy.copyDocumentId(), pageNumber, meanWordConfidence, text, textFolded, metadata, copy.documentId());
    }

    /** The document whose page image this page is. */
    String imageDocumentId() {
        return copyOf == null ? documentId : copyOf;
    }

    /** Whether the page belongs to the document: its id is the document's id, a dash and the page number. */
    static boolean isOf(String pageId, String documentId) {
        return pageId.startsWith(documentId + "-") && pageId.substring(documentId.length() + 1).matches("\\d+");
    }
}
