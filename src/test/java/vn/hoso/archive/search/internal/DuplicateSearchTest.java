package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.search.DossierSearch.PageHit;
import vn.hoso.archive.search.SearchRequest;

/**
 * A document detected as a duplicate is not recognized again; searches find it under its own dossier and document with
 * its original's pages, whether the duplicate was detected before or after the original's pages were read, and the
 * original's later changes (a review, metadata) reach it.
 */
class DuplicateSearchTest {

    private static final String FIRST = "THANHOAI-250801-0001";
    private static final String SECOND = "THANHOAI-250802-0002";
    private final SearchFixture fixture = new SearchFixture();

    DuplicateSearchTest() throws IOException {
    }

    @AfterEach
    void removeIndices() throws IOException {
        fixture.close();
    }

    private void twoDossiersWithTheSameScan() {
        fixture.receive(FIRST, "LAND-FIRST-CERT", "Phạm Văn Hùng", null, "Thanh Thùy", "2025-08-01T01:00:00Z");
        fixture.receive(SECOND, "LAND-CHANGE-REGISTRATION", "Đỗ Thị Lan", null, "Tam Hưng", "2025-08-02T01:00:00Z");
        fixture.indexer.on(registered("scan-goc", FIRST));
        fixture.indexer.on(registered("scan-ban-sao", SECOND));
    }

    @Test
    void aDuplicateFoundAfterItsOriginalWasReadGetsItsPagesAndTheirLaterChanges() throws IOException {
        twoDossiersWithTheSameScan();
        fixture.page(FIRST, "scan-goc", 1, "Hợp đồng chuyển nhượng quyền sử dụng đất, thửa đất số 77, tờ bản đồ số 9.");
        fixture.page(FIRST, "scan-goc", 2, "Bên nhận chuyển nhượng ký tên.");

        fixture.indexer.on(new DuplicateDetectedEvent("scan-ban-sao", SECOND, "ab12", "scan-goc"));
        fixture.refresh();
        assertThat(hits("hop dong chuyen nhuong")).extracting(PageHit::dossierId, PageHit::documentId, PageHit::pageNumber,
                PageHit::procedureCode).containsExactlyInAnyOrder(tuple(FIRST, "scan-goc", 1, "LAND-FIRST-CERT"),
                tuple(SECOND, "scan-ban-sao", 1, "LAND-CHANGE-REGISTRATION"));
        assertThat(hits("hop dong chuyen nhuong")).extracting(PageHit::pageImageUrl).as("a duplicate opens its original's image")
                .allSatisfy(url -> assertThat(url).startsWith("/api/documents/scan-goc/pages/1/image?q="));

        fixture.indexer.on(new PageReviewedEvent("scan-goc", FIRST, 1, 2, "Bên nhận chuyển nhượng ký tên, đóng dấu.",
                "luu-tru"));
        fixture.indexer.on(new MetadataSuggestedEvent("scan-goc", FIRST, 1, MetadataKind.LAND_PARCEL, "thửa 77, tờ 9", 1,
                0, 0, "", "land-parcel"));
        fixture.refresh();
        assertThat(hits("dong dau")).extracting(PageHit::documentId).containsExactlyInAnyOrder("scan-goc", "scan-ban-sao");
        assertThat(hits("thua 77 to 9")).extracting(PageHit::documentId, PageHit::matchedFields).containsExactlyInAnyOrder(
                tuple("scan-goc", List.of("suggested.landParcel")), tuple("scan-ban-sao", List.of("suggested.landParcel")));
    }

    @Test
    void aDuplicateFoundBeforeItsOriginalWasReadGetsThePagesAsTheyAreRead() throws IOException {
        twoDossiersWithTheSameScan();
        fixture.indexer.on(new DuplicateDetectedEvent("scan-ban-sao", SECOND, "ab12", "scan-goc"));
        fixture.page(FIRST, "scan-goc", 1, "Giấy chứng nhận quyền sử dụng đất.");
        fixture.refresh();

        assertThat(hits("giay chung nhan")).extracting(PageHit::dossierId, PageHit::documentId)
                .containsExactlyInAnyOrder(tuple(FIRST, "scan-goc"), tuple(SECOND, "scan-ban-sao"));
    }

    @Test
    void aDestroyedDuplicateStaysGoneWhenItsOriginalChanges() throws IOException {
        twoDossiersWithTheSameScan();
        fixture.indexer.on(new DuplicateDetectedEvent("scan-ban-sao", SECOND, "ab12", "scan-goc"));
        fixture.page(FIRST, "scan-goc", 1, "Giấy chứng nhận quyền sử dụng đất.");
        fixture.indexer.on(new DossierDisposedEvent(new DossierId(SECOND), List.of("scan-ban-sao"), List.of("luu-tru"),
                Instant.now()));
        fixture.indexer.on(new PageReviewedEvent("scan-goc", FIRST, 1, 1, "Giấy chứng nhận quyền sử dụng đất ở.",
                "luu-tru"));
        fixture.page(FIRST, "scan-goc", 2, "Trang bổ sung của giấy chứng nhận.");
        fixture.refresh();

        assertThat(hits("giay chung nhan")).extracting(PageHit::dossierId).containsOnly(FIRST).hasSize(2);
    }

    private static DocumentRegisteredEvent registered(String documentId, String dossierId) {
        return new DocumentRegisteredEvent(documentId, dossierId, "ab12", 1000, "image/png", documentId + ".png");
    }

    private List<PageHit> hits(String query) {
        return fixture.search.search(new SearchRequest(query, SearchRequest.Filters.NONE, SearchRequest.Sort.RELEVANCE,
                20, null, EnumSet.allOf(Sensitivity.class))).hits();
    }
}
