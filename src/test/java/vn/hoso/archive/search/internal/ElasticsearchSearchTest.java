package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ResultIssuedEvent;
import vn.hoso.archive.dossier.ResultReturnedEvent;
import vn.hoso.archive.search.DossierSearch.FacetCount;
import vn.hoso.archive.search.DossierSearch.PageHit;
import vn.hoso.archive.search.DossierSearch.SearchResult;
import vn.hoso.archive.search.SearchRequest;
import vn.hoso.archive.search.SearchRequest.Filters;

/** Indexing and search against a real Elasticsearch server (the test distribution, without analysis-common). */
class ElasticsearchSearchTest {

    private static final Set<Sensitivity> ORDINARY = EnumSet.of(Sensitivity.ORDINARY);
    private static final Set<Sensitivity> ALL = EnumSet.allOf(Sensitivity.class);
    private static final String OFFICE = "Ủy ban nhân dân xã Thanh Oai. ";
    private static SearchFixture fixture;

    @BeforeAll
    static void indexDossiers() throws IOException {
        fixture = new SearchFixture();
        fixture.receive("THANHOAI-250701-0001", "LAND-FIRST-CERT", "Nguyễn Hồng Hải", "001085012345", "Thanh Thùy",
                "2025-07-01T01:00:00Z");
        fixture.page("THANHOAI-250701-0001", "doc-1", 1, OFFICE + "Đơn đăng ký cấp giấy.");
        fixture.page("THANHOAI-250701-0001", "doc-1", 2, OFFICE + "Giấy chứng nhận quyền sử dụng đất, thửa đất số 125, "
                + "tờ bản đồ số 7, cấp ngày 12 tháng 3 năm 2009. Ghi chú: <b>bản gốc</b>.");
        fixture.page("THANHOAI-250701-0001", "doc-1", 2, OFFICE + "Giấy chứng nhận quyền sử dụng đất, thửa đất số 125, "
                + "tờ bản đồ số 7, cấp ngày 12 tháng 3 năm 2009. Ghi chú: <b>bản gốc</b>.");
        fixture.receive("THANHOAI-090315-0007", "LAND-CONSOLIDATION", "Lê Văn Đạt", null, "Bích Hòa", "2009-03-15T02:00:00Z");
        fixture.page("THANHOAI-090315-0007", "doc-2", 1, OFFICE + "Biên bản dồn điền đổi thửa, chúmg nhặn của thôn Bích Hòa.");
        fixture.receive("THANHOAI-090401-0002", "CIVIL-BIRTH", "Trần Thị Đào", "001309000111", "Bích Hòa", "2009-04-01T02:00:00Z");
        fixture.page("THANHOAI-090401-0002", "doc-3", 1, OFFICE + "Tờ khai đăng ký khai sinh cho cháu Trần Thị Đào.");
        fixture.refresh();
    }

    @AfterAll
    static void dropIndices() throws IOException {
        fixture.close();
    }

    private static SearchResult search(String query) {
        return search(query, Filters.NONE, ALL);
    }

    private static SearchResult search(String query, Filters filters, Set<Sensitivity> visible) {
        return fixture.search.search(new SearchRequest(query, filters, SearchRequest.Sort.RELEVANCE, 20, null, visible));
    }

    private static List<String> dossiersOf(SearchResult result) {
        return result.hits().stream().map(PageHit::dossierId).distinct().toList();
    }

    @Test
    void findsAWordTypedWithoutDiacriticsAndHighlightsItOnItsPage() {
        SearchResult result = search("dat 125");
        assertThat(result.total()).isEqualTo(1);
        PageHit hit = result.hits().get(0);
        assertThat(hit.dossierId()).isEqualTo("THANHOAI-250701-0001");
        assertThat(hit.documentId()).isEqualTo("doc-1");
        assertThat(hit.pageNumber()).isEqualTo(2);
        assertThat(hit.snippet()).contains("<em>đất</em>").contains("<em>125</em>");
        assertThat(hit.pageImageUrl()).isEqualTo("/api/documents/doc-1/pages/2/image?q=dat%20125");
    }

    @Test
    void findsWordsTypedWithDiacriticsInTextStoredWithout() throws IOException {
        fixture.receive("THANHOAI-250702-0003", "CERT-COPY", "Pham Van Binh", null, "Dong Dau", "2025-07-02T01:00:00Z");
        fixture.page("THANHOAI-250702-0003", "doc-ascii", 1, "Ban sao chung thuc giay khai sinh, DONG DAU");
        fixture.refresh();
        assertThat(dossiersOf(search("Phạm Văn Bình"))).containsExactly("THANHOAI-250702-0003");
        assertThat(dossiersOf(search("Đồng Dậu"))).containsExactly("THANHOAI-250702-0003");
        assertThat(dossiersOf(search("Đất"))).as("page text and the applicant Lê Văn Đạt")
                .containsExactlyInAnyOrder("THANHOAI-250701-0001", "THANHOAI-090315-0007");
    }

    @Test
    void findsTheApplicantByNameWithoutDiacriticsAndByCitizenId() {
        assertThat(dossiersOf(search("nguyen hong hai"))).containsExactly("THANHOAI-250701-0001");
        assertThat(search("nguyen hong hai").hits()).allSatisfy(hit ->
                assertThat(hit.applicantName()).isEqualTo("Nguyễn Hồng Hải"));
        assertThat(dossiersOf(search("001085012345"))).containsExactly("THANHOAI-250701-0001");
        assertThat(dossiersOf(search("le van dat"))).containsExactly("THANHOAI-090315-0007");
    }

    @Test
    void namesMatchAsTheyAreTyped() {
        assertThat(dossiersOf(search("nguyen hong h"))).containsExactly("THANHOAI-250701-0001");
        assertThat(dossiersOf(search("Trần Thị Đ"))).containsExactly("THANHOAI-090401-0002");
    }

    @Test
    void allWordsMustMatch() {
        assertThat(search("dat 999").total()).isZero();
    }

    @Test
    void quotesAskForTheExactPhrase() {
        assertThat(search("\"thửa đất số 125\"").hits()).singleElement()
                .satisfies(hit -> assertThat(hit.pageNumber()).isEqualTo(2));
        assertThat(search("“thua dat so 125”").total()).isEqualTo(1);
        assertThat(search("\"so 125 thua dat\"").total()).isZero();
        assertThat(search("thanh oai \"so 125 thua dat\"").total()).isZero();
    }

    @Test
    void toleratesOcrSpellingErrorsBelowExactMatches() {
        SearchResult result = search("chung nhan");
        assertThat(dossiersOf(result)).containsExactly("THANHOAI-250701-0001", "THANHOAI-090315-0007");
        assertThat(result.hits().get(0).score()).isGreaterThan(3 * result.hits().get(result.hits().size() - 1).score());
    }

    @Test
    void shortWordsAreNeverFuzzySoTheyDoNotDrownResults() {
        assertThat(search("tho").total()).as("'tho' is not 'to' nor 'thon'").isZero();
        assertThat(search("dao").hits()).extracting(PageHit::dossierId).containsOnly("THANHOAI-090401-0002");
    }

    @Test
    void facetsCountMatchingPagesPerValue() {
        SearchResult result = search("thanh oai");
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.facets().get("field")).containsExactlyInAnyOrder(
                new FacetCount("land", 3), new FacetCount("civil_status", 1));
        assertThat(result.facets().get("village")).containsExactlyInAnyOrder(
                new FacetCount("Thanh Thùy", 2), new FacetCount("Bích Hòa", 2));
        assertThat(result.facets().get("year")).containsExactlyInAnyOrder(
                new FacetCount("2025", 2), new FacetCount("2009", 2));
        assertThat(result.facets().get("procedure")).contains(new FacetCount("LAND-FIRST-CERT", 2));
    }

    @Test
    void filtersNarrowResultsAndFacets() {
        Filters village2009 = new Filters(List.of(), List.of(), List.of(), List.of(), List.of("Bích Hòa"), List.of(2009),
                List.of(), null, null);
        assertThat(dossiersOf(search("thanh oai", village2009, ALL)))
                .containsExactlyInAnyOrder("THANHOAI-090315-0007", "THANHOAI-090401-0002");
        Filters march2009 = new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2009, 3, 1), LocalDate.of(2009, 3, 31));
        assertThat(dossiersOf(search("", march2009, ALL))).containsExactly("THANHOAI-090315-0007");
        Filters civil = new Filters(List.of(), List.of("civil_status"), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null);
        assertThat(search("thanh oai", civil, ALL).facets().get("field")).containsExactly(new FacetCount("civil_status", 1));
    }

    @Test
    void hiddenRecordsCountNowhere() {
        SearchResult official = search("thanh oai", Filters.NONE, ORDINARY);
        SearchResult civilStatusOfficial = search("thanh oai", Filters.NONE, ALL);
        assertThat(official.total()).isEqualTo(civilStatusOfficial.total() - 1);
        assertThat(official.facets().get("field")).containsExactly(new FacetCount("land", 3));
        assertThat(official.facets().get("procedure")).extracting(FacetCount::value).doesNotContain("CIVIL-BIRTH");
        assertThat(search("tran thi dao", Filters.NONE, ORDINARY).total()).isZero();
        assertThat(search("001309000111", Filters.NONE, ORDINARY).total()).isZero();
        assertThat(search("", new Filters(List.of("CIVIL-BIRTH"), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null), ORDINARY).total()).isZero();
    }

    @Test
    void queryTextIsNeverInterpretedAsQuerySyntax() {
        assertThat(search("dat OR *:*").total()).isZero();
        assertThat(search("{\"script\":{\"source\":\"ctx._source\"}}").total()).isZero();
        assertThat(search("dossier.sensitivity:PERSONAL", Filters.NONE, ORDINARY).total()).isZero();
        assertThat(search("tran* OR _exists_:text", Filters.NONE, ORDINARY).total()).isZero();
        assertThat(search("\" ( ] \\").total()).isZero();
        assertThat(search("", new Filters(List.of("*"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null), ALL).total()).isZero();
    }

    @Test
    void snippetsAreHtmlEscaped() {
        assertThat(search("ban goc").hits().get(0).snippet())
                .contains("&lt;b&gt;<em>bản</em> <em>gốc</em>&lt;/b&gt;");
    }

    @Test
    void aStatusChangeReachesTheDossiersPagesEvenInTheBatchThatIndexedThem() throws IOException {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        fixture.indexer.on(SearchFixture.receipt("THANHOAI-250801-0009", "LAND-CERT-REISSUE", "Đỗ Văn Khánh", null,
                "Thanh Thùy", Instant.parse("2025-08-01T01:00:00Z")));
        fixture.indexer.on(SearchFixture.pageEvent("THANHOAI-250801-0009", "doc-9", 1, "Đơn xin cấp lại giấy khánh"));
        fixture.dossierEvent("THANHOAI-250801-0009", new ResultIssuedEvent(new DossierId("THANHOAI-250801-0009"),
                "GCN-123", Instant.parse("2025-08-05T01:00:00Z"), false));
        batch.commit();
        fixture.refresh();
        Filters issued = new Filters(List.of(), List.of(), List.of("RESULT_ISSUED"), List.of(), List.of(), List.of(),
                List.of(), null, null);
        assertThat(dossiersOf(search("khanh", issued, ALL))).containsExactly("THANHOAI-250801-0009");

        fixture.dossierEvent("THANHOAI-250801-0009", new ResultReturnedEvent(
                new DossierId("THANHOAI-250801-0009"), Instant.parse("2025-08-06T01:00:00Z")));
        fixture.refresh();
        assertThat(search("khanh", issued, ALL).total()).isZero();
    }

    @Test
    void sortsByDateNewestFirst() {
        List<String> byDate = fixture.search.search(new SearchRequest("thanh oai", Filters.NONE, SearchRequest.Sort.DATE,
                20, null, ALL)).hits().stream().map(PageHit::receivedAt).toList();
        assertThat(byDate).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    @Test
    void pagesThroughEveryHitOnceWhileIndexingGoesOn() throws IOException {
        fixture.receive("THANHOAI-100101-0001", "LAND-FIRST-CERT", "Hoàng Văn Sơn", null, "Tam Hưng", "2010-01-01T01:00:00Z");
        for (int page = 1; page <= 30; page++) {
            fixture.page("THANHOAI-100101-0001", "doc-map", page, "Sổ mục kê địa chính, trang " + page);
        }
        fixture.refresh();
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        SearchResult result = fixture.search.search(new SearchRequest("so muc ke", Filters.NONE,
                SearchRequest.Sort.RELEVANCE, 7, null, ALL));
        int added = 0;
        while (true) {
            result.hits().forEach(hit -> order.add(hit.documentId() + "-" + hit.pageNumber()));
            result.hits().forEach(hit -> seen.add(hit.documentId() + "-" + hit.pageNumber()));
            if (result.nextCursor() == null) {
                break;
            }
            fixture.page("THANHOAI-100101-0001", "doc-map-late", ++added, "Sổ mục kê địa chính, bổ sung " + added);
            fixture.refresh();
            result = fixture.search.search(new SearchRequest("so muc ke", Filters.NONE, SearchRequest.Sort.RELEVANCE, 7,
                    result.nextCursor(), ALL));
            assertThat(result.facets()).isEmpty();
        }
        assertThat(order).hasSize(30).doesNotHaveDuplicates();
        assertThat(seen).noneMatch(id -> id.startsWith("doc-map-late-"));
        assertThat(search("so muc ke").total()).isEqualTo(30 + added);
    }

    @Test
    void aCursorThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> fixture.search.search(new SearchRequest("dat", Filters.NONE, SearchRequest.Sort.RELEVANCE,
                5, "eyJub3QiOiJhIGN1cnNvciJ9", ALL)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("INVALID_CURSOR"));
        assertThatThrownBy(() -> fixture.search.search(new SearchRequest("dat", Filters.NONE, SearchRequest.Sort.RELEVANCE,
                5, "%%%", ALL)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("INVALID_CURSOR"));
        String tampered = new SearchCursor("bm90IGEgcG9pbnQgaW4gdGltZQ", SearchRequest.Sort.RELEVANCE, List.of(1.0, 3)).encode();
        assertThatThrownBy(() -> fixture.search.search(new SearchRequest("dat", Filters.NONE, SearchRequest.Sort.RELEVANCE,
                5, tampered, ALL)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isIn("INVALID_CURSOR",
                        "CURSOR_EXPIRED"));
    }


    @Test
    void aCursorWhosePointInTimeIsGoneAsksForANewSearch() throws IOException {
        String cursor = fixture.search.search(new SearchRequest("thanh oai", Filters.NONE, SearchRequest.Sort.RELEVANCE,
                1, null, ALL)).nextCursor();
        fixture.client.closePointInTime(close -> close.id(SearchCursor.decode(cursor).pointInTime()));
        assertThatThrownBy(() -> fixture.search.search(new SearchRequest("thanh oai", Filters.NONE,
                SearchRequest.Sort.RELEVANCE, 1, cursor, ALL)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("CURSOR_EXPIRED"));
    }
}
