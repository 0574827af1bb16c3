package vn.hoso.archive.preservation.internal;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent.StoredDerivative;
import vn.hoso.archive.storage.ObjectKey;

/**
 * A scanned document as its stream tells it: the original's address and type, the latest text of each page (an
 * archivist's correction over the recognized text), the latest searchable PDF when one was produced, and the keys of
 * every derivative its events name (page images, searchable PDFs, texts, hOCR of every run).
 */
record DocumentRecord(
        String documentId,
        String dossierId,
        String sha256,
        long sizeBytes,
        String mediaType,
        String originalName,
        SortedMap<Integer, String> pageTexts,
        Optional<StoredDerivative> searchablePdf,
        List<String> derivativeKeys,
        List<StoredEvent> events) {

    ObjectKey originalKey() {
        return ObjectKey.original(sha256);
    }

    /** The original's file name in a package: its document id with the extension of its type. */
    String originalFileName() {
        return documentId + switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/tiff" -> ".tif";
            default -> ".bin";
        };
    }
}
