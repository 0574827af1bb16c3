package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.search.DossierSearch.PageHit;
import vn.hoso.archive.search.SearchRequest;
import vn.hoso.archive.search.SearchRequest.Filters;

/** A dossier destroyed by approved disposition can no longer be found, by its pages or by its applicant. */
class DisposedDossierSearchTest {

    private final SearchFixture fixture = new SearchFixture();

    DisposedDossierSearchTest() throws IOException {
    }

    @AfterEach
    void removeIndices() throws IOException {
        fixture.close();
    }

    @Test
    void aDisposedDossierAndItsPagesLeaveTheIndex() throws IOException {
        fixture.receive("THANHOAI-100301-0004", "CIVIL-BIRTH", "Phùng Thị Mơ", "001310000222", "Thanh Thùy",
                "2010-03-01T02:00:00Z");
        fixture.page("THANHOAI-100301-0004", "doc-tieu-huy", 1, "Tờ khai đăng ký khai sinh cho cháu Phùng Thị Mơ.");
        fixture.page("THANHOAI-100301-0004", "doc-tieu-huy", 2, "Giấy chứng sinh của bệnh viện huyện.");
        fixture.receive("THANHOAI-100302-0005", "CIVIL-BIRTH", "Phùng Văn Mạnh", null, "Thanh Thùy", "2010-03-02T02:00:00Z");
        fixture.page("THANHOAI-100302-0005", "doc-giu-lai", 1, "Tờ khai đăng ký khai sinh cho cháu Phùng Văn Mạnh.");
        fixture.refresh();
        assertThat(hitsFor("phung khai sinh")).containsExactlyInAnyOrder("THANHOAI-100301-0004", "THANHOAI-100302-0005");

        fixture.indexer.on(new DossierDisposedEvent(new DossierId("THANHOAI-100301-0004"), List.of("doc-tieu-huy"),
                List.of("lanh.dao.a", "lanh.dao.b"), Instant.parse("2026-12-01T03:00:00Z")));

        assertThat(fixture.pagesOf(IndexedPage::dossierId)).containsExactly("THANHOAI-100302-0005");
        assertThat(hitsFor("phung khai sinh")).containsExactly("THANHOAI-100302-0005");
        assertThat(fixture.client.exists(exists -> exists.index(fixture.indexes.alias(SearchIndexes.DOSSIERS))
                .id("THANHOAI-100301-0004")).value()).isFalse();
    }

    private List<String> hitsFor(String query) {
        return fixture.search.search(new SearchRequest(query, Filters.NONE, SearchRequest.Sort.RELEVANCE, 20, null,
                EnumSet.allOf(Sensitivity.class))).hits().stream().map(PageHit::dossierId).distinct().toList();
    }
}
