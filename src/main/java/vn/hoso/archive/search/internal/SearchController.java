package vn.hoso.archive.search.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.search.DossierSearch;

@RestController
class SearchController {

    private static final int MAX_QUERY_LENGTH = 500;

    private final DossierSearch search;

    SearchController(DossierSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    DossierSearch.SearchResult search(@RequestParam("q") String query,
                                      @RequestParam(name = "size", defaultValue = "20") int size) {
        if (query.isBlank()) {
            throw ApiProblem.badRequest("EMPTY_QUERY");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiProblem.badRequest("QUERY_TOO_LONG", MAX_QUERY_LENGTH);
        }
        if (size < 1 || size > 100) {
            throw ApiProblem.badRequest("INVALID_SIZE");
        }
        return search.search(query.strip(), size);
    }
}
