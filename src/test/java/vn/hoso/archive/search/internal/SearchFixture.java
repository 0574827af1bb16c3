package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureFile;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.search.SearchProperties;

/** The search module's indexing and search on a real Elasticsearch, under an index prefix of its own. */
final class SearchFixture implements AutoCloseable {

    final ElasticsearchClient client;
    final SearchIndexes indexes;
    final SearchIndexer indexer;
    final ElasticsearchDossierSearch search;
    private final SearchProperties properties;

    SearchFixture() throws IOException {
        properties = new SearchProperties(TestServers.searchUrl(), "", "", "test-" + UUID.randomUUID().toString().substring(0, 8));
        client = new SearchConfiguration().elasticsearchClient(properties, new ObjectMapper().findAndRegisterModules());
        indexes = new SearchIndexes(client, properties);
        indexes.afterPropertiesSet();
        indexer = new SearchIndexer(client, indexes, starterCatalogue(), ZoneId.of("Asia/Ho_Chi_Minh"));
        search = new ElasticsearchDossierSearch(client, indexes);
    }

    /** The fields of the starter catalogue's procedures, read from the file the application imports. */
    private static ProcedureFields starterCatalogue() {
        try (InputStream file = SearchFixture.class.getResourceAsStream("/catalogue/procedures.tsv")) {
            Map<String, String> fields = ProcedureFile.read(file).stream()
                    .collect(Collectors.toMap(Procedure::code, Procedure::field));
            return code -> fields.getOrDefault(code, ProcedureFields.UNKNOWN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void receive(String dossierId, String procedureCode, String applicant, String citizenId, String village, String receivedAt) {
        Instant at = Instant.parse(receivedAt);
        indexer.on(receipt(dossierId, procedureCode, applicant, citizenId, village, at));
    }

    static DossierReceivedEvent receipt(String dossierId, String procedureCode, String applicant, String citizenId,
                                        String village, Instant at) {
        return new DossierReceivedEvent(new DossierId(dossierId), procedureCode,
                new Applicant(applicant, citizenId, null, village, null), Channel.DIRECT, null, List.of(), 10, at, at, false);
    }

    void page(String dossierId, String documentId, int pageNumber, String text) {
        indexer.on(pageEvent(dossierId, documentId, pageNumber, text));
    }

    static PageTextRecognizedEvent pageEvent(String dossierId, String documentId, int pageNumber, String text) {
        return new PageTextRecognizedEvent(documentId, dossierId, 1, pageNumber, text,
                PageTextRecognizedEvent.TextSource.OCR,
                new PageTextRecognizedEvent.Measures(90.0, 20, 0.9, 0.81, 0, 0, 100, false),
                new PageTextRecognizedEvent.Provenance("tesseract", "5.3.0", "vie+eng", Map.of(), "psm=3"), List.of(), null);
    }

    /** A dossier event as the event store delivers it to the indexer. */
    void dossierEvent(String dossierId, Object event) {
        indexer.on(event, new GenericDomainEventMessage<>("Dossier", dossierId, 1, event));
    }

    /** Hands the events to the indexer in one unit of work, as the event processor hands it a batch. */
    void inOneBatch(List<Consumer<SearchIndexer>> events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        try {
            events.forEach(event -> event.accept(indexer));
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
    }

    void refresh() throws IOException {
        client.indices().refresh(refresh -> refresh.index(indexes.alias(SearchIndexes.PAGES)));
    }

    <T> List<T> pagesOf(Function<IndexedPage, T> field) throws IOException {
        refresh();
        return client.search(s -> s.index(indexes.alias(SearchIndexes.PAGES)).size(1000), IndexedPage.class)
                .hits().hits().stream().map(hit -> field.apply(hit.source())).toList();
    }

    @Override
    public void close() throws IOException {
        List<String> indices = List.copyOf(client.indices().get(get -> get.index(properties.indexPrefix() + "-*"))
                .indices().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(delete -> delete.index(indices));
        }
        client.close();
    }
}
