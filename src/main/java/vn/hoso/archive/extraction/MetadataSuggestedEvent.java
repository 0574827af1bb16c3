package vn.hoso.archive.extraction;

import org.axonframework.serialization.Revision;

/**
 * An extractor found a value on a page of a scanned document. {@code suggestionId} counts from 1 within the document;
 * the same kind and value on the same page is suggested only once, however often the page's text is replayed.
 */
@Revision("1")
public record MetadataSuggestedEvent(
        String documentId,
        String dossierId,
        int suggestionId,
        MetadataKind kind,
        String value,
        int pageNumber,
        int start,
        int end,
        String snippet,
        String extractor) {
}
