package vn.hoso.archive.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.search.DossierSearch;
import vn.hoso.archive.search.SearchRequest;

@RestController
class SearchController {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_SIZE = 100;

    private final DossierSearch search;
    private final CurrentActor currentActor;

    SearchController(DossierSearch search, CurrentActor currentActor) {
        this.search = search;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Search recognized pages of dossiers",
            description = """
                    Words match with or without Vietnamese diacritics, in the page text, the applicant's name \
                    (the last word may be a prefix) or citizen id; page text also matches with small OCR spelling \
                    errors, ranked lower. A land parcel with its map sheet ("thửa 123 tờ 45"), a citizen ID, a \
                    certificate serial or a date (dd/mm/yyyy) typed is also looked for in the metadata extracted from \
                    pages: a value an archivist confirmed ranks first, one only suggested next, the same words in the \
                    text after them; each hit's matchedFields names the fields it was found by. Text in double quotes \
                    is an exact phrase. The query is plain text, never \
                    query syntax. Hits, totals and facets only include records the caller's role may see (role from \
                    the configured mapping of the X-Hoso-Actor header). Facets come with the first page; pass \
                    nextCursor back as cursor, with the same q and filters, for the next page.""")
    @GetMapping("/api/search")
    DossierSearch.SearchResult search(
            HttpServletRequest http,
            @Parameter(description = "words, \"exact phrases\"; may be empty when a filter is given")
            @RequestParam(name = "q", defaultValue = "") String query,
            @Parameter(description = "procedure codes") @RequestParam(name = "procedure", required = false) List<String> procedures,
            @Parameter(description = "procedure fields (land, civil_status, …)") @RequestParam(name = "field", required = false) List<String> fields,
            @Parameter(description = "dossier states") @RequestParam(name = "status", required = false) List<String> statuses,
            @Parameter(description = "ONLINE, DIRECT, POST, ASSISTED") @RequestParam(name = "channel", required = false) List<String> channels,
            @Parameter(description = "villages, as in the facet") @RequestParam(name = "village", required = false) List<String> villages,
            @Parameter(description = "years of receipt (for an archive record, also of a date confirmed on its documents)")
            @RequestParam(name = "year", required = false) List<Integer> years,
            @Parameter(description = "archive boxes") @RequestParam(name = "box", required = false) List<String> boxes,
            @Parameter(description = "received on or after (yyyy-MM-dd); an archive record also by its confirmed document dates")
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "received on or before (yyyy-MM-dd)")
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "relevance (default) or date (newest first)")
            @RequestParam(name = "sort", defaultValue = "relevance") String sort,
            @Parameter(description = "hits per page, 1–100") @RequestParam(name = "size", defaultValue = "20") int size,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(name = "cursor", required = false) String cursor) {
        SearchRequest.Filters filters = new SearchRequest.Filters(listOf(procedures), listOf(fields), listOf(statuses),
                listOf(channels), listOf(villages), listOf(years), listOf(boxes), from, to);
        if (query.isBlank() && filters.isEmpty()) {
            throw ApiProblem.badRequest("EMPTY_QUERY");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiProblem.badRequest("QUERY_TOO_LONG", MAX_QUERY_LENGTH);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.badRequest("INVALID_SIZE");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.badRequest("INVALID_DATE_RANGE");
        }
        return search.search(new SearchRequest(query.strip(), filters, sortOf(sort), size, cursor,
                currentActor.roleOf(http).visible()));
    }

    private static SearchRequest.Sort sortOf(String sort) {
        try {
            return SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_SORT", sort);
        }
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
