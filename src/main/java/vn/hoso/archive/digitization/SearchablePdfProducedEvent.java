package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/**
 * The derivatives of an OCR run are in object storage: a searchable PDF/A-2b (each page image under an invisible
 * text layer placed by the OCR word boxes), the plain text (pages separated by form feeds) and the hOCR.
 */
@Revision("1")
public record SearchablePdfProducedEvent(String documentId, String dossierId, int run, int pageCount,
                                         StoredDerivative searchablePdf, StoredDerivative text, StoredDerivative hocr,
                                         String conformance) {

    /** A derivative's object key, SHA-256 and size. */
    public record StoredDerivative(String key, String sha256, long sizeBytes) {
    }
}
