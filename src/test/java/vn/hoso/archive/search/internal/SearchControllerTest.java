package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.hoso.archive.access.AccessProperties;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.search.DossierSearch.FacetCount;
import vn.hoso.archive.search.DossierSearch.SearchResult;

/** The search endpoint's checks and the caller's role, on a real Elasticsearch. */
class SearchControllerTest {

    private static SearchFixture fixture;
    private static SearchController controller;

    @BeforeAll
    static void indexALandAndACivilStatusDossier() throws IOException {
        fixture = new SearchFixture();
        fixture.receive("THANHOAI-250701-0001", "LAND-FIRST-CERT", "Nguyễn Hồng Hải", null, "Thanh Thùy", "2025-07-01T01:00:00Z");
        fixture.page("THANHOAI-250701-0001", "doc-1", 1, "Ủy ban nhân dân xã Thanh Oai: giấy chứng nhận");
        fixture.receive("THANHOAI-250702-0002", "CIVIL-DEATH", "Phạm Thị Lan", null, "Bích Hòa", "2025-07-02T01:00:00Z");
        fixture.page("THANHOAI-250702-0002", "doc-2", 1, "Ủy ban nhân dân xã Thanh Oai: trích lục khai tử");
        fixture.refresh();
        CurrentActor actors = new CurrentActor(new AccessProperties(Map.of("ho-tich", Role.CIVIL_STATUS_OFFICIAL), Role.OFFICIAL));
        controller = new SearchController(fixture.search, actors);
    }

    @AfterAll
    static void dropIndices() throws IOException {
        fixture.close();
    }

    private static SearchResult search(String actor, String query, String sort, int size, String cursor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/search");
        if (actor != null) {
            request.addHeader(CurrentActor.HEADER, actor);
        }
        return controller.search(request, query, null, null, null, null, null, null, null, null, null, sort, size, cursor);
    }

    @Test
    void theRoleConfiguredForTheActorDecidesWhatCounts() {
        SearchResult civilStatus = search("ho-tich", "thanh oai", "relevance", 20, null);
        SearchResult official = search("mot-cua", "thanh oai", "relevance", 20, null);
        SearchResult anonymous = search(null, "thanh oai", "relevance", 20, null);
        assertThat(civilStatus.total()).isEqualTo(2);
        assertThat(civilStatus.facets().get("field"))
                .containsExactlyInAnyOrder(new FacetCount("land", 1), new FacetCount("civil_status", 1));
        assertThat(official.total()).isEqualTo(1);
        assertThat(official.facets().get("field")).containsExactly(new FacetCount("land", 1));
        assertThat(official.facets().get("village")).containsExactly(new FacetCount("Thanh Thùy", 1));
        assertThat(anonymous).isEqualTo(official);
    }

    @Test
    void aCursorDoesNotWidenWhatTheCallerSees() {
        SearchResult first = search("mot-cua", "thanh oai", "relevance", 1, null);
        assertThat(first.nextCursor()).isNotNull();
        assertThat(search("mot-cua", "thanh oai", "relevance", 1, first.nextCursor()).hits()).isEmpty();
    }

    @Test
    void refusesWhatItCannotRunWithAClearCode() {
        assertRefused(() -> search(null, "  ", "relevance", 20, null), "EMPTY_QUERY");
        assertRefused(() -> search(null, "đất ".repeat(200), "relevance", 20, null), "QUERY_TOO_LONG");
        assertRefused(() -> search(null, "dat", "relevance", 101, null), "INVALID_SIZE");
        assertRefused(() -> search(null, "dat", "_script", 20, null), "INVALID_SORT");
        assertRefused(() -> search(null, "dat", "relevance", 20, "not-a-cursor"), "INVALID_CURSOR");
    }

    private static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo(code));
    }
}
