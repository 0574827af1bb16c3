package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.dossier.ArchiveRecordRegisteredEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.search.DossierSearch.FacetCount;
import vn.hoso.archive.search.DossierSearch.PageHit;
import vn.hoso.archive.search.DossierSearch.SearchResult;
import vn.hoso.archive.search.SearchRequest;
import vn.hoso.archive.search.SearchRequest.Filters;

/** An archive record taken in from a box carries the box, so the archive box facet and filter find it. */
class ArchiveBoxSearchTest {

    private final SearchFixture fixture = new SearchFixture();

    ArchiveBoxSearchTest() throws IOException {
    }

    @AfterEach
    void removeIndices() throws IOException {
        fixture.close();
    }

    @Test
    void anArchiveRecordIsFoundByItsBoxAsArchived() throws IOException {
        Instant original = Instant.parse("1996-01-01T00:30:00Z");
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        fixture.indexer.on(SearchFixture.receipt("THANHOAI-960101-0001", "LAND-FIRST-CERT", "Nguyễn Văn Tư", null,
                "Thanh Thùy", original));
        fixture.indexer.on(new ArchiveRecordRegisteredEvent(new DossierId("THANHOAI-960101-0001"), "H07", "C02", "15",
                "1996", original));
        batch.commit();
        fixture.page("THANHOAI-960101-0001", "doc-hop-7", 1, "Sổ địa chính thửa đất số 12, chủ sử dụng Nguyễn Văn Tư.");
        fixture.receive("THANHOAI-250702-0003", "LAND-FIRST-CERT", "Nguyễn Văn Tám", null, "Thanh Thùy",
                "2025-07-02T01:00:00Z");
        fixture.page("THANHOAI-250702-0003", "doc-moi", 1, "Đơn đăng ký thửa đất số 40, chủ sử dụng Nguyễn Văn Tám.");
        fixture.refresh();

        SearchResult all = search(Filters.NONE);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facets().get("archiveBox")).containsExactly(new FacetCount("H07", 1));
        SearchResult box = search(new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("H07"), null, null));
        assertThat(box.hits()).extracting(PageHit::dossierId).containsExactly("THANHOAI-960101-0001");
        assertThat(fixture.pagesOf(page -> page.dossierId() + " " + page.dossier().status() + " "
                + page.dossier().archiveBox()))
                .containsExactlyInAnyOrder("THANHOAI-960101-0001 ARCHIVED H07", "THANHOAI-250702-0003 RECEIVED null");
    }

    private SearchResult search(Filters filters) {
        return fixture.search.search(new SearchRequest("thua dat chu su dung", filters, SearchRequest.Sort.RELEVANCE,
                20, null, EnumSet.allOf(Sensitivity.class)));
    }
}
