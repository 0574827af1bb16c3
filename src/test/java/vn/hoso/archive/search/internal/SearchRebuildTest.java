package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.dossier.DossierArchivedEvent;
import vn.hoso.archive.dossier.DossierCorrectedEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.extraction.ConfirmMetadataCommand;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataSuggestion;
import vn.hoso.archive.extraction.MetadataSuggestions;
import vn.hoso.archive.extraction.RejectMetadataCommand;
import vn.hoso.archive.search.DossierSearch;
import vn.hoso.archive.search.SearchRequest;

/**
 * The rebuild replays the event store into a new generation while searches keep answering from the old one, then
 * switches the aliases; the drift check compares the event store with the index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SearchRebuildTest {

    private static final int DOSSIERS = 150;
    private static final int PAGES_EACH = 4;
    private static final int STORED_PAGES = DOSSIERS * PAGES_EACH;
    private static final String REGISTER = "Sổ địa chính xã Thanh Oai";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private DossierSearch search;
    @Autowired
    private SearchRebuild rebuild;
    @Autowired
    private SearchDrift drift;
    @Autowired
    private SearchIndexes indexes;
    @Autowired
    private ElasticsearchClient client;
    @Autowired
    private SearchIndexController controller;
    @Autowired
    private MetadataSuggestions suggestions;
    @Autowired
    private CommandGateway commands;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("hoso-rebuild-test");
        registry.add("hoso.data-dir", dataDir::toString);
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.retire-old-indices-after", () -> "1s");
        registry.add("hoso.access.roles.luu-tru", () -> "ARCHIVIST");
        registry.add("hoso.search.index-prefix", () -> "test-rebuild-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void searchesAnswerFromTheOldIndexUntilTheRebuiltOneTakesOver() throws IOException {
        for (int dossier = 0; dossier < DOSSIERS; dossier++) {
            store(dossierWithPages("THANHOAI-090101-" + String.format("%04d", dossier), PAGES_EACH, REGISTER));
        }
        awaitPages(STORED_PAGES);
        assertInSync();
        String before = indexes.target(indexes.alias(SearchIndexes.PAGES)).orElseThrow();

        SearchRebuild.Progress progress = rebuild.start();
        assertThat(progress.state()).isEqualTo(SearchRebuild.State.RUNNING);
        store(dossierWithPages("THANHOAI-090102-9999", 1, REGISTER));
        int searchesOfTheOldIndex = 0;
        while (rebuild.progress().state() == SearchRebuild.State.RUNNING) {
            boolean readingOld = readingFrom(before);
            long total = pages();
            if (readingOld && readingFrom(before)) {
                searchesOfTheOldIndex++;
                assertThat(total).isEqualTo(STORED_PAGES);
            } else {
                assertThat(total).as("switched just now").isBetween((long) STORED_PAGES, STORED_PAGES + 1L);
            }
        }

        assertThat(rebuild.progress().state()).isEqualTo(SearchRebuild.State.DONE);
        assertThat(searchesOfTheOldIndex).isPositive();
        String after = indexes.target(indexes.alias(SearchIndexes.PAGES)).orElseThrow();
        assertThat(after).isNotEqualTo(before).isEqualTo(progress.buildingIndex());
        assertThat(indexes.target(indexes.writeAlias(SearchIndexes.PAGES))).contains(after);
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.indices().exists(exists -> exists.index(before)).value());
        awaitPages(STORED_PAGES + 1);
        assertInSync();
    }

    @Test
    void theDriftCheckNamesWhatTheIndexLacksAndARebuildRepairsIt() throws IOException {
        store(dossierWithPages("THANHOAI-090103-0001", 2, "Bản đồ địa chính"));
        store(List.of(new GenericDomainEventMessage<>("Dossier", "THANHOAI-090103-0001", 1,
                new DossierArchivedEvent(new DossierId("THANHOAI-090103-0001"), Instant.now()))));
        store(dossierWithPages("THANHOAI-090103-0002", 1, "Bản đồ địa chính"));
        store(List.of(new GenericDomainEventMessage<>("ScannedDocument", "scan-THANHOAI-090103-0002", 1,
                        new PageReviewedEvent("scan-THANHOAI-090103-0002", "THANHOAI-090103-0002", 1, 1,
                                "Bản đồ địa chính đã soát", "luu-tru")),
                new GenericDomainEventMessage<>("Dossier", "THANHOAI-090103-0002", 1, new DossierDisposedEvent(
                        new DossierId("THANHOAI-090103-0002"), List.of("scan-THANHOAI-090103-0002"), List.of("luu-tru"),
                        Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> drift.check().inSync());
        assertThat(drift.check().sourcePages()).as("the disposed dossier's page is gone on both sides")
                .isEqualTo(drift.check().indexedPages());
        String pages = indexes.alias(SearchIndexes.PAGES);
        client.delete(delete -> delete.index(pages).id("scan-THANHOAI-090103-0001-2").refresh(Refresh.True));

        SearchDrift.Report report = drift.check();

        assertThat(report.inSync()).isFalse();
        assertThat(report.indexedPages()).isEqualTo(report.sourcePages() - 1);
        assertThat(report.sourceChecksum()).isNotEqualTo(report.indexChecksum());
        assertThat(report.missing()).containsExactly("page:scan-THANHOAI-090103-0001-2");

        rebuild.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.progress().state() != SearchRebuild.State.RUNNING);
        await().atMost(Duration.ofSeconds(30)).until(() -> drift.check().inSync());
    }

    @Test
    void metadataDecisionsCorrectionsAndDuplicatesAreCheckedForDriftAndRebuilt() throws IOException {
        String first = "THANHOAI-090104-0001";
        String second = "THANHOAI-090104-0002";
        store(List.of(receipt(first), registered("scan-" + first, first),
                new GenericDomainEventMessage<>("ScannedDocument", "scan-" + first, 1, SearchFixture.pageEvent(first,
                        "scan-" + first, 1, "Thửa đất số 210, tờ bản đồ số 15. Căn cước công dân số 001085012345."))));
        store(List.of(receipt(second), registered("scan-" + second, second),
                new GenericDomainEventMessage<>("ScannedDocument", "scan-" + second, 1,
                        new DuplicateDetectedEvent("scan-" + second, second, "ab12", "scan-" + first))));
        List<MetadataSuggestion> found = await().atMost(Duration.ofSeconds(60)).until(
                () -> suggestions.forDocument("scan-" + first).orElse(List.of()), list -> list.size() >= 2);
        commands.sendAndWait(ConfirmMetadataCommand.of("scan-" + first, idOf(found, MetadataKind.LAND_PARCEL),
                "thửa 210, tờ 16", "luu-tru"));
        commands.sendAndWait(RejectMetadataCommand.of("scan-" + first, idOf(found, MetadataKind.CITIZEN_ID), "luu-tru"));
        store(List.of(new GenericDomainEventMessage<>("Dossier", first, 1, new DossierCorrectedEvent(new DossierId(first),
                "applicant.name", "Nguyễn Văn Lộc", "sai tên", "KQ-7"))));

        await().atMost(Duration.ofSeconds(60)).until(() -> drift.check().inSync());
        assertThat(byParcel()).extracting(DossierSearch.PageHit::dossierId, DossierSearch.PageHit::matchedFields,
                DossierSearch.PageHit::applicantName).containsExactlyInAnyOrder(
                tuple(first, List.of("confirmed.landParcel"), "Nguyễn Văn Lộc"),
                tuple(second, List.of("confirmed.landParcel"), "Nguyễn Văn Lâm"));
        client.update(update -> update.index(indexes.alias(SearchIndexes.PAGES)).id("scan-" + second + "-1")
                .doc(java.util.Map.of("metadata", PageMetadata.NONE)).refresh(Refresh.True), PageMetadata.class);
        assertThat(drift.check().differing()).containsExactly("page:scan-" + second + "-1");

        rebuild.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.progress().state() != SearchRebuild.State.RUNNING);
        await().atMost(Duration.ofSeconds(30)).until(() -> drift.check().inSync());
        assertThat(byParcel()).extracting(DossierSearch.PageHit::dossierId).containsExactlyInAnyOrder(first, second);
    }

    private List<DossierSearch.PageHit> byParcel() {
        return search.search(new SearchRequest("thửa 210 tờ 16", SearchRequest.Filters.NONE, SearchRequest.Sort.RELEVANCE,
                10, null, EnumSet.allOf(Sensitivity.class))).hits().stream()
                .filter(hit -> !hit.matchedFields().isEmpty()).toList();
    }

    private static int idOf(List<MetadataSuggestion> suggestions, MetadataKind kind) {
        return suggestions.stream().filter(suggestion -> suggestion.kind() == kind).findFirst().orElseThrow()
                .suggestionId();
    }

    private static EventMessage<?> receipt(String dossierId) {
        return new GenericDomainEventMessage<>("Dossier", dossierId, 0, SearchFixture.receipt(dossierId,
                "LAND-FIRST-CERT", "Nguyễn Văn Lâm", null, "Tam Hưng", Instant.parse("2009-01-01T01:00:00Z")));
    }

    private static EventMessage<?> registered(String documentId, String dossierId) {
        return new GenericDomainEventMessage<>("ScannedDocument", documentId, 0, new DocumentRegisteredEvent(documentId,
                dossierId, "ab12", 1000, "image/png", documentId + ".png"));
    }

    @Test
    void onlyAnArchivistMaintainsTheIndex() {
        assertThatThrownBy(() -> controller.drift(caller("mot-cua"))).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo("SEARCH_INDEX_FORBIDDEN"));
        assertThatThrownBy(() -> controller.startRebuild(caller(null))).isInstanceOf(ApiProblem.class);
        assertThat(controller.rebuildProgress(caller("luu-tru")).readIndex())
                .isEqualTo(indexes.target(indexes.alias(SearchIndexes.PAGES)).orElseThrow());
    }

    private static MockHttpServletRequest caller(String actor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (actor != null) {
            request.addHeader(CurrentActor.HEADER, actor);
        }
        return request;
    }

    private boolean readingFrom(String index) {
        return indexes.target(indexes.alias(SearchIndexes.PAGES)).orElseThrow().equals(index);
    }

    private void assertInSync() {
        SearchDrift.Report report = drift.check();
        assertThat(report.inSync()).as(report.toString()).isTrue();
    }

    private List<EventMessage<?>> dossierWithPages(String dossierId, int pages, String text) {
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(new GenericDomainEventMessage<>("Dossier", dossierId, 0, SearchFixture.receipt(dossierId,
                "LAND-FIRST-CERT", "Nguyễn Văn Lâm", null, "Tam Hưng", Instant.parse("2009-01-01T01:00:00Z"))));
        for (int page = 1; page <= pages; page++) {
            events.add(new GenericDomainEventMessage<>("ScannedDocument", "scan-" + dossierId, page - 1,
                    SearchFixture.pageEvent(dossierId, "scan-" + dossierId, page, text + ", trang " + page)));
        }
        return events;
    }

    private void store(List<EventMessage<?>> events) {
        transactions.executeWithoutResult(status -> eventStore.publish(events));
    }

    private long pages() {
        return search.search(new SearchRequest("so dia chinh", SearchRequest.Filters.NONE, SearchRequest.Sort.RELEVANCE,
                1, null, EnumSet.allOf(Sensitivity.class))).total();
    }

    private void awaitPages(long expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> pages() == expected);
    }
}
