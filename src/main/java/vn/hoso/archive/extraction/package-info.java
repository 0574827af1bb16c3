/**
 * Metadata extraction: dates, citizen IDs, land parcels with their map sheets, certificate serials and person names
 * found in the text of recognized pages, kept per document as suggestions an archivist confirms (possibly correcting
 * the value) or rejects. Every suggestion and decision is an event of the document's {@code metadata:<documentId>}
 * stream; other modules (search) index them from {@link vn.hoso.archive.extraction.MetadataSuggestedEvent},
 * {@link vn.hoso.archive.extraction.MetadataConfirmedEvent} and {@link vn.hoso.archive.extraction.MetadataRejectedEvent},
 * or ask {@link vn.hoso.archive.extraction.MetadataSuggestions} for a document's current set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metadata extraction")
package vn.hoso.archive.extraction;
