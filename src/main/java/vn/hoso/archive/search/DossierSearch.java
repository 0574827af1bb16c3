package vn.hoso.archive.search;

import java.util.List;
import java.util.Map;

/** Finds the pages of dossiers that match what an official typed, within what the official may see. */
public interface DossierSearch {

    SearchResult search(SearchRequest request);

    /**
     * One page of results. {@code facets} (counts of matching pages per value of each filter) come with the first
     * page only; {@code nextCursor} is null on the last page.
     */
    record SearchResult(String query, long total, List<PageHit> hits, Map<String, List<FacetCount>> facets,
                        String nextCursor) {
    }

    record FacetCount(String value, long count) {
    }

    /**
     * One matching page; {@code snippet} is HTML-escaped text with the matched words in {@code <em>};
     * {@code pageImageUrl} opens the page's image (born-digital pages have none: their original is the document);
     * {@code matchedFields} names the fields the query found the page by, besides its text: extracted metadata an
     * archivist confirmed ({@code confirmed.landParcel}, {@code confirmed.citizenId}, {@code confirmed.certificateSerial},
     * {@code confirmed.date}, {@code confirmed.personName}), the same only suggested ({@code suggested.…}), or the
     * applicant's citizen id ({@code applicant.citizenId}).
     */
    record PageHit(
            String dossierId,
            String procedureCode,
            String field,
            String status,
            String village,
            String receivedAt,
            String applicantName,
            String documentId,
            int pageNumber,
            String snippet,
            double score,
            String pageImageUrl,
            List<String> matchedFields) {
    }
}
