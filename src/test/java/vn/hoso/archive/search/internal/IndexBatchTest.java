package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.DossierAssignedEvent;
import vn.hoso.archive.dossier.DossierCorrectedEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;

/**
 * A batch reads what its events need from the index at once, before applying them: however the same events are cut
 * into batches (one each, all in one, a few at a time, so metadata arrives batches after its page), the index ends up
 * the same, duplicates, decisions on whole documents, re-reads and disposals included.
 */
class IndexBatchTest {

    private static final String LAND = "THANHOAI-250801-0001";
    private static final String COPY = "THANHOAI-250802-0002";
    private static final String BIRTH = "THANHOAI-250803-0003";
    private final List<SearchFixture> fixtures = new ArrayList<>();

    @AfterEach
    void removeIndices() throws IOException {
        for (SearchFixture fixture : fixtures) {
            fixture.close();
        }
    }

    @Test
    void theIndexIsTheSameHoweverTheEventsAreBatched() throws IOException {
        Map<String, Object> oneByOne = indexedInBatchesOf(1);

        assertThat(oneByOne.keySet()).containsExactlyInAnyOrder("dossier " + LAND, "dossier " + COPY,
                "page doc-dat-1", "page doc-dat-2", "page doc-dat-3", "page doc-ban-sao-1", "page doc-ban-sao-2",
                "page doc-ban-sao-3");
        IndexedPage copied = (IndexedPage) oneByOne.get("page doc-ban-sao-1");
        assertThat(copied.dossier().applicantName()).as("the copy's dossier as corrected").isEqualTo("Đỗ Thị Lan Anh");
        assertThat(copied.metadata().describe()).isEqualTo("1:LAND_PARCEL:thửa 12, tờ 3:confirmed;3:DATE:2025-07-30:suggested");
        assertThat(((IndexedPage) oneByOne.get("page doc-dat-1")).dossier().status()).isEqualTo("IN_PROGRESS");
        assertThat(((IndexedPage) oneByOne.get("page doc-dat-2")).text()).isEqualTo("Trang hai đã sửa.");
        assertThat(((IndexedPage) oneByOne.get("page doc-dat-2")).metadata().describe())
                .isEqualTo("2:CITIZEN_ID:001085012345:rejected");

        assertThat(indexedInBatchesOf(EVENTS.size())).as("all in one batch").isEqualTo(oneByOne);
        assertThat(indexedInBatchesOf(4)).as("four at a time").isEqualTo(oneByOne);
        assertThat(indexedInBatchesOf(7)).as("seven at a time").isEqualTo(oneByOne);
    }

    @Test
    void metadataFarFromItsPageIsReadFromTheIndexInOneBatchAcrossDossiers() throws IOException {
        SearchFixture fixture = newFixture();
        List<Consumer<SearchIndexer>> pages = new ArrayList<>();
        List<Consumer<SearchIndexer>> metadata = new ArrayList<>();
        for (int dossier = 1; dossier <= 30; dossier++) {
            String dossierId = "THANHOAI-250901-%04d".formatted(dossier);
            String documentId = "doc-" + dossier;
            pages.add(indexer -> indexer.on(SearchFixture.receipt(dossierId, "LAND-FIRST-CERT", "Nguyễn Văn An", null,
                    "Thanh Thùy", Instant.parse("2025-09-01T01:00:00Z"))));
            pages.add(indexer -> indexer.on(SearchFixture.pageEvent(dossierId, documentId, 1, "Trang một.")));
            pages.add(indexer -> indexer.on(SearchFixture.pageEvent(dossierId, documentId, 2, "Trang hai.")));
            metadata.add(indexer -> indexer.on(suggested(documentId, dossierId, 1, MetadataKind.DATE, "2025-09-01", 2)));
            metadata.add(indexer -> indexer.on(suggested(documentId, dossierId, 2, MetadataKind.PERSON_NAME,
                    "Nguyễn Văn An", 2)));
            metadata.add(indexer -> indexer.on(new MetadataConfirmedEvent(documentId, dossierId, 1, MetadataKind.DATE,
                    "2025-09-02", "2025-09-01", true, "luu-tru")));
        }
        fixture.inOneBatch(pages);
        fixture.inOneBatch(metadata);

        List<IndexedPage> indexed = fixture.pagesOf(page -> page);
        assertThat(indexed).hasSize(60);
        assertThat(indexed).filteredOn(page -> page.pageNumber() == 2).hasSize(30).allSatisfy(page -> {
            assertThat(page.metadata().describe()).isEqualTo("1:DATE:2025-09-02:confirmed;2:PERSON_NAME:Nguyễn Văn An:suggested");
            assertThat(page.dossier().documentDates()).containsExactly("2025-09-02");
        });
        assertThat(indexed).filteredOn(page -> page.pageNumber() == 1)
                .allSatisfy(page -> assertThat(page.metadata()).isEqualTo(PageMetadata.NONE));
    }

    /** Land dossier with a scan, its duplicate in a second dossier, a birth dossier disposed of, in stream order. */
    private static final List<Consumer<SearchIndexer>> EVENTS = List.of(
            indexer -> indexer.on(SearchFixture.receipt(LAND, "LAND-FIRST-CERT", "Phạm Văn Hùng", null, "Thanh Thùy",
                    Instant.parse("2025-08-01T01:00:00Z"))),
            indexer -> indexer.on(SearchFixture.receipt(COPY, "LAND-CHANGE-REGISTRATION", "Đỗ Thị Lan", null, "Tam Hưng",
                    Instant.parse("2025-08-02T01:00:00Z"))),
            indexer -> indexer.on(SearchFixture.receipt(BIRTH, "CIVIL-BIRTH", "Phùng Thị Mơ", null, "Thanh Thùy",
                    Instant.parse("2025-08-03T01:00:00Z"))),
            indexer -> indexer.on(registered("doc-dat", LAND)),
            indexer -> indexer.on(registered("doc-ban-sao", COPY)),
            indexer -> indexer.on(registered("doc-sinh", BIRTH)),
            indexer -> indexer.on(SearchFixture.pageEvent(LAND, "doc-dat", 1, "Thửa đất số 12, tờ bản đồ số 3.")),
            indexer -> indexer.on(SearchFixture.pageEvent(LAND, "doc-dat", 2, "Trang hai.")),
            indexer -> indexer.on(SearchFixture.pageEvent(BIRTH, "doc-sinh", 1, "Tờ khai khai sinh.")),
            indexer -> indexer.on(new DuplicateDetectedEvent("doc-ban-sao", COPY, "ab12", "doc-dat")),
            indexer -> status(indexer, LAND, new DossierAssignedEvent(new DossierId(LAND), "cán bộ", "Địa chính")),
            indexer -> indexer.on(suggested("doc-dat", LAND, 1, MetadataKind.LAND_PARCEL, "thửa 12, tờ 3", 1)),
            indexer -> indexer.on(suggested("doc-dat", LAND, 2, MetadataKind.CITIZEN_ID, "001085012345", 2)),
            indexer -> indexer.on(suggested("doc-sinh", BIRTH, 1, MetadataKind.PERSON_NAME, "Phùng Thị Mơ", 1)),
            indexer -> indexer.on(new PageReviewedEvent("doc-dat", LAND, 1, 2, "Trang hai đã sửa.", "luu-tru")),
            indexer -> indexer.on(new MetadataConfirmedEvent("doc-dat", LAND, 1, MetadataKind.LAND_PARCEL,
                    "thửa 12, tờ 3", "thửa 12, tờ 3", false, "luu-tru")),
            indexer -> indexer.on(new MetadataRejectedEvent("doc-dat", LAND, 2, MetadataKind.CITIZEN_ID, "001085012345",
                    "luu-tru")),
            indexer -> indexer.on(reread(LAND, "doc-dat", 1, "Thửa đất số 12, tờ bản đồ số 3, đọc lại.")),
            indexer -> indexer.on(suggested("doc-dat", LAND, 3, MetadataKind.DATE, "2025-07-30", 1)),
            indexer -> indexer.on(new DossierDisposedEvent(new DossierId(BIRTH), List.of("doc-sinh"), List.of("luu-tru"),
                    Instant.parse("2026-12-01T03:00:00Z"))),
            indexer -> indexer.on(suggested("doc-sinh", BIRTH, 2, MetadataKind.DATE, "2025-08-03", 1)),
            indexer -> indexer.on(new DossierCorrectedEvent(new DossierId(COPY), "applicant.name", "Đỗ Thị Lan Anh",
                    "thiếu tên", "KQ-1")),
            indexer -> indexer.on(SearchFixture.pageEvent(LAND, "doc-dat", 3, "Trang ba.")));

    /** Every dossier and page the index holds after {@link #EVENTS} in batches of {@code size}, by id. */
    private Map<String, Object> indexedInBatchesOf(int size) throws IOException {
        SearchFixture fixture = newFixture();
        for (int from = 0; from < EVENTS.size(); from += size) {
            fixture.inOneBatch(EVENTS.subList(from, Math.min(EVENTS.size(), from + size)));
        }
        Map<String, Object> indexed = new TreeMap<>();
        fixture.pagesOf(page -> page).forEach(page -> indexed.put("page " + page.pageId(), page));
        String dossiers = fixture.indexes.alias(SearchIndexes.DOSSIERS);
        fixture.client.indices().refresh(refresh -> refresh.index(dossiers));
        fixture.client.search(search -> search.index(dossiers).size(100),
                IndexedDossier.class).hits().hits().forEach(hit -> indexed.put("dossier " + hit.id(), sorted(hit.source())));
        return indexed;
    }

    private static IndexedDossier sorted(IndexedDossier dossier) {
        return new IndexedDossier(dossier.dossierId(), dossier.dossier(),
                dossier.pageIds().stream().sorted().toList(),
                dossier.copies().stream().sorted(Comparator.comparing(Copy::copyDocumentId)).toList());
    }

    private SearchFixture newFixture() throws IOException {
        SearchFixture fixture = new SearchFixture();
        fixtures.add(fixture);
        return fixture;
    }

    private static void status(SearchIndexer indexer, String dossierId, Object event) {
        indexer.on(event, new GenericDomainEventMessage<>("Dossier", dossierId, 1, event));
    }

    private static DocumentRegisteredEvent registered(String documentId, String dossierId) {
        return new DocumentRegisteredEvent(documentId, dossierId, "ab12", 1000, "image/png", documentId + ".png");
    }

    private static MetadataSuggestedEvent suggested(String documentId, String dossierId, int id, MetadataKind kind,
                                                    String value, int pageNumber) {
        return new MetadataSuggestedEvent(documentId, dossierId, id, kind, value, pageNumber, 0, 0, "", "test");
    }

    private static PageTextRecognizedEvent reread(String dossierId, String documentId, int pageNumber, String text) {
        PageTextRecognizedEvent first = SearchFixture.pageEvent(dossierId, documentId, pageNumber, text);
        return new PageTextRecognizedEvent(documentId, dossierId, 2, pageNumber, text, first.source(), first.measures(),
                first.provenance(), first.uncertainWords(), first.pageImageKey());
    }
}
