package vn.hoso.archive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.hoso.archive.access.Sensitivity;

/**
 * What to look for. The query is plain text: words match with or without diacritics (and with small spelling errors
 * in page text), {@code "…"} marks an exact phrase, the last word of a name may be a prefix. Nothing in it is ever
 * read as query syntax.
 *
 * @param cursor  from the previous page's result, to get the next page (same query and filters); null for the first
 * @param visible the sensitivities the caller may see; other records are left out of hits, totals and facets
 */
public record SearchRequest(String query, Filters filters, Sort sort, int size, String cursor, Set<Sensitivity> visible) {

    public enum Sort { RELEVANCE, DATE }

    /** Each list keeps records with any of its values; an empty list filters nothing. Dates are days of receipt. */
    public record Filters(List<String> procedures, List<String> fields, List<String> statuses, List<String> channels,
                          List<String> villages, List<Integer> years, List<String> archiveBoxes, LocalDate receivedFrom,
                          LocalDate receivedTo) {

        public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null);

        public boolean isEmpty() {
            return equals(NONE);
        }
    }
}
