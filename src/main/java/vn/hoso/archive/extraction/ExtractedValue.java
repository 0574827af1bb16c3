package vn.hoso.archive.extraction;

/**
 * One value an extractor found in a page's text: its kind, normalized value, where it stands in the page's NFC text
 * ({@code start} inclusive, {@code end} exclusive), the text around it, and which extractor found it.
 */
public record ExtractedValue(MetadataKind kind, String value, int start, int end, String snippet, String extractor) {
}
