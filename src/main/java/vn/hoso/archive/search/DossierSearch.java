package vn.hoso.archive.search;

import java.util.List;

/** Finds the pages and dossiers that match what an official typed. */
public interface DossierSearch {

    SearchResult search(String query, int size);

    record SearchResult(String query, long total, List<PageHit> hits) {
    }

    /** One matching page; {@code snippet} is HTML-escaped text with the matched words in {@code <em>}. */
    record PageHit(
            String dossierId,
            String procedureCode,
            String applicantName,
            String documentId,
            int pageNumber,
            String snippet,
            double score) {
    }
}
