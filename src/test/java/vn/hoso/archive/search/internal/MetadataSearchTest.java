package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.dossier.ArchiveRecordRegisteredEvent;
import vn.hoso.archive.dossier.DossierCorrectedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.search.DossierSearch.PageHit;
import vn.hoso.archive.search.DossierSearch.SearchResult;
import vn.hoso.archive.search.SearchRequest;
import vn.hoso.archive.search.SearchRequest.Filters;

/**
 * Extracted metadata as search fields on a real Elasticsearch: a value typed finds the page by its confirmed or
 * suggested field above pages that only hold the same words, the hit names the field, and an archivist's decision
 * changes what is found. Corrections of a dossier are what searches find afterwards.
 */
class MetadataSearchTest {

    private static final String LAND = "THANHOAI-250702-0001";
    private static final String WORDS_ONLY = "THANHOAI-250702-0002";
    private final SearchFixture fixture = new SearchFixture();

    MetadataSearchTest() throws IOException {
    }

    @AfterEach
    void removeIndices() throws IOException {
        fixture.close();
    }

    private void twoLandDossiers() {
        fixture.receive(LAND, "LAND-FIRST-CERT", "Nguyễn Văn An", "001085012345", "Thanh Thùy", "2025-07-02T01:00:00Z");
        fixture.page(LAND, "doc-an", 1, "Đơn đăng ký: thửa đất số 123, tờ bản đồ số 45. Giấy chứng nhận số BĐ 123456.");
        fixture.page(LAND, "doc-an", 2, "Căn cước công dân số 001190004567 của người ký, sinh ngày 12/05/1990.");
        fixture.receive(WORDS_ONLY, "LAND-FIRST-CERT", "Lê Thị Bình", null, "Thanh Thùy", "2025-07-02T02:00:00Z");
        fixture.page(WORDS_ONLY, "doc-binh", 1,
                "Thửa đất số 45 giáp tờ trình 123 của xã, theo bản đồ cũ; giấy tờ số 123456 và bd kèm theo.");
        suggest(1, MetadataKind.LAND_PARCEL, "thửa 123, tờ 45", 1);
        suggest(2, MetadataKind.CERTIFICATE_SERIAL, "BĐ 123456", 1);
        suggest(3, MetadataKind.CITIZEN_ID, "001190004567", 2);
        suggest(4, MetadataKind.DATE, "1990-05-12", 2);
    }

    @Test
    void aParcelTypedFindsThePageByItsFieldAboveThePagesWithTheSameWords() throws IOException {
        twoLandDossiers();
        fixture.refresh();

        SearchResult suggested = search("thửa 123 tờ 45");
        assertThat(suggested.hits()).extracting(PageHit::dossierId).containsExactly(LAND, WORDS_ONLY);
        assertThat(suggested.hits().get(0).matchedFields()).containsExactly("suggested.landParcel");
        assertThat(suggested.hits().get(1).matchedFields()).isEmpty();

        fixture.indexer.on(new MetadataConfirmedEvent("doc-an", LAND, 1, MetadataKind.LAND_PARCEL, "thửa 123, tờ 45",
                "thửa 123, tờ 45", false, "luu-tru"));
        fixture.refresh();
        SearchResult confirmed = search("thua dat so 123 to ban do so 45");
        assertThat(confirmed.hits()).extracting(PageHit::dossierId).containsExactly(LAND, WORDS_ONLY);
        assertThat(confirmed.hits().get(0).matchedFields()).containsExactly("confirmed.landParcel");
        assertThat(search("thửa 123").hits().get(0).matchedFields()).as("a parcel typed without its sheet")
                .containsExactly("confirmed.landParcel");
    }

    @Test
    void aCorrectionIsFoundByTheCorrectedValueAndTheValueFoundNoLongerAsAField() throws IOException {
        twoLandDossiers();
        fixture.indexer.on(new MetadataConfirmedEvent("doc-an", LAND, 1, MetadataKind.LAND_PARCEL, "thửa 128, tờ 45",
                "thửa 123, tờ 45", true, "luu-tru"));
        fixture.refresh();

        SearchResult corrected = search("thửa 128 tờ 45");
        assertThat(corrected.hits()).extracting(PageHit::dossierId).containsExactly(LAND);
        assertThat(corrected.hits().get(0).matchedFields()).containsExactly("confirmed.landParcel");
        assertThat(search("thửa 123 tờ 45").hits()).allSatisfy(hit -> assertThat(hit.matchedFields()).isEmpty());
    }

    @Test
    void citizenIdsSerialsAndDatesAreFoundByFieldUntilRejected() throws IOException {
        twoLandDossiers();
        fixture.refresh();

        SearchResult citizen = search("001190004567");
        assertThat(citizen.hits()).extracting(PageHit::documentId, PageHit::pageNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doc-an", 2));
        assertThat(citizen.hits().get(0).matchedFields()).containsExactly("suggested.citizenId");
        assertThat(search("001085012345").hits()).allSatisfy(hit ->
                assertThat(hit.matchedFields()).containsExactly("applicant.citizenId"));
        SearchResult serial = search("bd123456");
        assertThat(serial.hits()).extracting(PageHit::dossierId).containsExactly(LAND);
        assertThat(serial.hits().get(0).matchedFields()).containsExactly("suggested.certificateSerial");
        assertThat(search("12/5/1990").hits().get(0).matchedFields()).containsExactly("suggested.date");
        suggest(5, MetadataKind.PERSON_NAME, "Trần Văn Bảy", 2);
        fixture.refresh();
        assertThat(search("tran van bay").hits()).extracting(PageHit::pageNumber, PageHit::matchedFields)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, List.of("suggested.personName")));

        fixture.indexer.on(new MetadataRejectedEvent("doc-an", LAND, 3, MetadataKind.CITIZEN_ID, "001190004567",
                "luu-tru"));
        fixture.refresh();
        SearchResult rejected = search("001190004567");
        assertThat(rejected.hits()).as("still in the text").hasSize(1);
        assertThat(rejected.hits().get(0).matchedFields()).isEmpty();
    }

    @Test
    void anArchiveRecordIsFoundByTheYearOfADateConfirmedOnItsDocuments() throws IOException {
        twoLandDossiers();
        String archived = "THANHOAI-960101-0001";
        Instant boxYear = Instant.parse("1996-01-01T00:30:00Z");
        fixture.indexer.on(SearchFixture.receipt(archived, "LAND-FIRST-CERT", "Trần Văn Tư", null, "Tam Hưng", boxYear));
        fixture.indexer.on(new ArchiveRecordRegisteredEvent(new DossierId(archived), "H07", "C02", "15", "1996", boxYear));
        fixture.page(archived, "doc-tu", 1, "Biên bản ngày 03/02/1994 về thửa đất số 12.");
        fixture.indexer.on(new MetadataSuggestedEvent("doc-tu", archived, 1, MetadataKind.DATE, "1994-02-03", 1, 0, 0,
                "", "date"));
        fixture.indexer.on(new MetadataConfirmedEvent("doc-tu", archived, 1, MetadataKind.DATE, "1994-02-03",
                "1994-02-03", false, "luu-tru"));
        fixture.indexer.on(new MetadataConfirmedEvent("doc-an", LAND, 4, MetadataKind.DATE, "1990-05-12",
                "1990-05-12", false, "luu-tru"));
        fixture.refresh();

        assertThat(filtered(years(1994)).hits()).extracting(PageHit::dossierId).containsExactly(archived);
        assertThat(filtered(years(1996)).hits()).extracting(PageHit::dossierId).containsExactly(archived);
        assertThat(filtered(years(1990)).hits()).as("a date on a live dossier's document is not its date").isEmpty();
        assertThat(filtered(new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                java.time.LocalDate.of(1994, 2, 1), java.time.LocalDate.of(1994, 2, 28))).hits())
                .extracting(PageHit::dossierId).containsExactly(archived);
    }

    @Test
    void theApplicantAsCorrectedIsWhatSearchesFind() throws IOException {
        twoLandDossiers();
        fixture.indexer.on(new DossierCorrectedEvent(new DossierId(LAND), "applicant.name", "Nguyễn Văn Ân", "sai dấu",
                "KQ-1"));
        fixture.indexer.on(new DossierCorrectedEvent(new DossierId(LAND), "applicant.citizenId", "001085099999",
                "nhầm số", "KQ-1"));
        fixture.refresh();

        assertThat(search("001085099999").hits()).extracting(PageHit::dossierId, PageHit::applicantName)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(LAND, "Nguyễn Văn Ân"));
        assertThat(search("001085012345").hits()).as("the former citizen id").isEmpty();
        assertThat(fixture.pagesOf(page -> page.dossier().applicantName())).contains("Nguyễn Văn Ân")
                .doesNotContain("Nguyễn Văn An");
    }

    private void suggest(int id, MetadataKind kind, String value, int pageNumber) {
        fixture.indexer.on(new MetadataSuggestedEvent("doc-an", LAND, id, kind, value, pageNumber, 0, 0, "", "test"));
    }

    private static Filters years(int year) {
        return new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(year), List.of(), null, null);
    }

    private SearchResult search(String query) {
        return fixture.search.search(new SearchRequest(query, Filters.NONE, SearchRequest.Sort.RELEVANCE, 20, null,
                EnumSet.allOf(Sensitivity.class)));
    }

    private SearchResult filtered(Filters filters) {
        return fixture.search.search(new SearchRequest("", filters, SearchRequest.Sort.RELEVANCE, 20, null,
                EnumSet.allOf(Sensitivity.class)));
    }
}
