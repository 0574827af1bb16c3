package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierArchivedEvent;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.search.DossierSearch;
import vn.hoso.archive.search.SearchRequest;
import vn.hoso.archive.search.SearchRequest.Filters;

/**
 * {@code ./hoso bench search}: bulk-loads synthetic dossiers' pages straight into the pages index (no OCR, no events),
 * runs a fixed, seeded mix of queries through {@link DossierSearch} (names with and without diacritics, name prefixes,
 * citizen ids, phrases, OCR-misspelt words, filters and date ranges, facets, next pages), then stores a smaller set of
 * dossiers as events and times a rebuild of the index from the event store.
 */
@Component
@ConditionalOnProperty(name = "hoso.bench", havingValue = "search")
class SearchBenchmark implements ApplicationRunner {

    private static final int BULK_PAGES = 1000;
    private static final int WARM_UP_QUERIES = 50;
    private static final int EVENTS_PER_TRANSACTION = 1000;
    private static final Duration PROCESSORS_CATCH_UP = Duration.ofMinutes(10);
    private static final Set<Sensitivity> ORDINARY = EnumSet.of(Sensitivity.ORDINARY);
    private static final Set<Sensitivity> ALL = EnumSet.allOf(Sensitivity.class);
    private static final List<String> QUERY_KINDS = List.of("name folded", "name with diacritics", "name prefix",
            "citizen id", "phrase", "words + village", "OCR-misspelt words", "filters only, by date",
            "words + date range", "second page by cursor");

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final DossierSearch search;
    private final SearchRebuild rebuild;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private final int dossiers;
    private final int pagesPerDossier;
    private final int queries;
    private final int rebuildDossiers;
    private final List<IndexedPage> sample = new ArrayList<>();

    SearchBenchmark(ElasticsearchClient client, SearchIndexes indexes, DossierSearch search, SearchRebuild rebuild,
                    EventStore eventStore, EventProcessingConfiguration processing, TransactionTemplate transactions,
                    ConfigurableApplicationContext context,
                    @Value("${hoso.bench.search.dossiers:100000}") int dossiers,
                    @Value("${hoso.bench.search.pages-per-dossier:3}") int pagesPerDossier,
                    @Value("${hoso.bench.search.queries:1000}") int queries,
                    @Value("${hoso.bench.search.rebuild-dossiers:10000}") int rebuildDossiers) {
        this.client = client;
        this.indexes = indexes;
        this.search = search;
        this.rebuild = rebuild;
        this.eventStore = eventStore;
        this.processing = processing;
        this.transactions = transactions;
        this.context = context;
        this.dossiers = dossiers;
        this.pagesPerDossier = pagesPerDossier;
        this.queries = queries;
        this.rebuildDossiers = rebuildDossiers;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        boolean measured = measured();
        System.exit(SpringApplication.exit(context, () -> measured ? 0 : 1));
    }

    private boolean measured() {
        try {
            measure();
            return true;
        } catch (Exception e) {
            System.err.println("The search benchmark failed: " + e);
            e.printStackTrace();
            return false;
        }
    }

    private void measure() throws Exception {
        System.out.printf("Search benchmark: %,d dossiers, %,d pages bulk-loaded; %,d queries after %d warm-up; "
                + "rebuild of %,d dossiers stored as events%n", dossiers, dossiers * pagesPerDossier, queries,
                WARM_UP_QUERIES, rebuildDossiers);
        double bulkPagesPerSecond = bulkLoad();
        double[] latencies = queryMix();
        double rebuildPagesPerSecond = rebuildFromEvents();
        System.out.printf("%ndossiers=%d pages=%d bulk_pages_per_s=%.0f query_p50_ms=%.1f query_p95_ms=%.1f "
                        + "query_p99_ms=%.1f rebuild_pages=%d rebuild_pages_per_s=%.0f%n", dossiers,
                dossiers * pagesPerDossier, bulkPagesPerSecond, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), rebuildDossiers * pagesPerDossier, rebuildPagesPerSecond);
    }

    private double bulkLoad() throws Exception {
        String index = indexes.target(indexes.writeAlias(SearchIndexes.PAGES)).orElseThrow();
        client.indices().putSettings(put -> put.index(index).settings(s -> s.refreshInterval(i -> i.time("-1"))));
        SyntheticRecords records = new SyntheticRecords(42);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        List<IndexedPage> bulk = new ArrayList<>(BULK_PAGES);
        for (int dossier = 0; dossier < dossiers; dossier++) {
            List<IndexedPage> pages = records.dossier(dossier, pagesPerDossier);
            if (dossier % (Math.max(1, dossiers / 200)) == 0) {
                sample.add(pages.get(0));
            }
            bulk.addAll(pages);
            if (bulk.size() >= BULK_PAGES) {
                pending.add(send(senders, index, bulk));
                bulk = new ArrayList<>(BULK_PAGES);
                waitWhileMoreThan(pending, 4);
            }
        }
        pending.add(send(senders, index, bulk));
        waitWhileMoreThan(pending, 0);
        senders.shutdown();
        client.indices().putSettings(put -> put.index(index).settings(s -> s.refreshInterval(i -> i.time("1s"))));
        client.indices().refresh(refresh -> refresh.index(index));
        double seconds = (System.nanoTime() - start) / 1e9;
        long pages = client.count(count -> count.index(index)).count();
        System.out.printf("  bulk load: %,d pages in %.1f s = %,.0f pages/s%n", pages, seconds, pages / seconds);
        return pages / seconds;
    }

    private Future<?> send(ExecutorService senders, String index, List<IndexedPage> pages) {
        List<BulkOperation> operations = pages.stream().map(page -> BulkOperation.of(op -> op.index(i -> i.index(index)
                .id(page.pageId()).document(page)))).toList();
        return senders.submit(() -> {
            if (client.bulk(bulk -> bulk.operations(operations)).errors()) {
                throw new IllegalStateException("Elasticsearch refused part of a bulk load");
            }
            return null;
        });
    }

    private static void waitWhileMoreThan(List<Future<?>> pending, int most) throws Exception {
        while (pending.size() > most) {
            pending.remove(0).get();
        }
    }

    /** Milliseconds per query, sorted. */
    private double[] queryMix() {
        List<Supplier<SearchRequest>> mix = mix(new SyntheticRecords(7));
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            search.search(mix.get(i % mix.size()).get());
        }
        int rounds = Math.max(1, queries / mix.size());
        double[] millis = new double[rounds * mix.size()];
        double[][] byKind = new double[mix.size()][rounds];
        long hits = 0;
        for (int i = 0; i < millis.length; i++) {
            SearchRequest request = mix.get(i % mix.size()).get();
            long start = System.nanoTime();
            hits += search.search(request).total();
            millis[i] = (System.nanoTime() - start) / 1e6;
            byKind[i % mix.size()][i / mix.size()] = millis[i];
        }
        Arrays.sort(millis);
        System.out.printf("  %,d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %,d hits in all%n", millis.length,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), hits);
        for (int kind = 0; kind < mix.size(); kind++) {
            Arrays.sort(byKind[kind]);
            System.out.printf("    %-28s p50 %.1f ms, p95 %.1f ms%n", QUERY_KINDS.get(kind), percentile(byKind[kind], 50),
                    percentile(byKind[kind], 95));
        }
        return millis;
    }

    private List<Supplier<SearchRequest>> mix(SyntheticRecords random) {
        return List.of(
                () -> plain(VietnameseFolding.fold(known(random).dossier().applicantName()), ALL),
                () -> plain(known(random).dossier().applicantName(), ORDINARY),
                () -> plain(namePrefix(known(random).dossier().applicantNameFolded()), ALL),
                () -> plain(known(random).dossier().citizenId(), ALL),
                () -> plain("\"thua dat so " + (1 + random.nextInt(900)) + "\"", ORDINARY),
                () -> filtered("quyen su dung dat", filters(List.of(random.village()), List.of(), null, null), ORDINARY),
                () -> plain("chumg nhan quyen su dung dat", ALL),
                () -> new SearchRequest("", filters(List.of(random.village()), List.of(1995 + random.nextInt(30)), null,
                        null), SearchRequest.Sort.DATE, 20, null, ALL),
                () -> filtered("bien ban xac minh nguon goc", filters(List.of(), List.of(),
                        LocalDate.of(2000 + random.nextInt(20), 1, 1), LocalDate.of(2021, 12, 31)), ORDINARY),
                () -> nextPage(plain("giay chung nhan " + random.pick(SyntheticRecords.VILLAGES), ORDINARY)));
    }

    private IndexedPage known(SyntheticRecords random) {
        return sample.get(random.nextInt(sample.size()));
    }

    private static String namePrefix(String foldedName) {
        return foldedName.substring(0, foldedName.length() - 2);
    }

    private SearchRequest nextPage(SearchRequest first) {
        String cursor = search.search(first).nextCursor();
        return new SearchRequest(first.query(), first.filters(), first.sort(), first.size(), cursor, first.visible());
    }

    private static SearchRequest plain(String query, Set<Sensitivity> visible) {
        return filtered(query, Filters.NONE, visible);
    }

    private static SearchRequest filtered(String query, Filters filters, Set<Sensitivity> visible) {
        return new SearchRequest(query, filters, SearchRequest.Sort.RELEVANCE, 20, null, visible);
    }

    private static Filters filters(List<String> villages, List<Integer> years, LocalDate from, LocalDate to) {
        return new Filters(List.of(), List.of(), List.of(), List.of(), villages, years, List.of(), from, to);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** Stores dossiers with pages as events, waits for the projection, then times a rebuild from the event store. */
    private double rebuildFromEvents() throws Exception {
        SyntheticRecords records = new SyntheticRecords(99);
        long start = System.nanoTime();
        List<EventMessage<?>> events = new ArrayList<>(EVENTS_PER_TRANSACTION + pagesPerDossier + 2);
        for (int dossier = 0; dossier < rebuildDossiers; dossier++) {
            events.addAll(asEvents(records.dossier(dossier, pagesPerDossier)));
            if (events.size() >= EVENTS_PER_TRANSACTION) {
                List<EventMessage<?>> batch = events;
                transactions.executeWithoutResult(status -> eventStore.publish(batch));
                events = new ArrayList<>(EVENTS_PER_TRANSACTION + pagesPerDossier + 2);
            }
        }
        List<EventMessage<?>> rest = events;
        transactions.executeWithoutResult(status -> eventStore.publish(rest));
        System.out.printf("  stored %,d dossiers as events in %.1f s%n", rebuildDossiers, (System.nanoTime() - start) / 1e9);
        awaitProcessors();

        SearchRebuild.Progress progress = rebuild.start();
        while (progress.state() == SearchRebuild.State.RUNNING) {
            Thread.sleep(200);
            progress = rebuild.progress();
        }
        if (progress.state() != SearchRebuild.State.DONE) {
            throw new IllegalStateException("The rebuild failed: " + progress.failure());
        }
        double seconds = Duration.between(progress.startedAt(), progress.finishedAt()).toMillis() / 1000.0;
        long pages = client.count(count -> count.index(indexes.alias(SearchIndexes.PAGES))).count();
        System.out.printf("  rebuild from %,d stored events: %,d pages in %.1f s = %,.0f pages/s%n",
                progress.headPosition(), pages, seconds, pages / seconds);
        return pages / seconds;
    }

    /**
     * Lets every event processor work through the events just stored (metadata extraction, read models, the live
     * search index), so the rebuild is timed on its own, as it runs in service, not beside their catching up.
     */
    private void awaitProcessors() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + PROCESSORS_CATCH_UP.toNanos();
        List<String> behind = processorsBehind();
        while (!behind.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            behind = processorsBehind();
        }
        System.out.printf("  event processors caught up in %.1f s%s%n", (System.nanoTime() - start) / 1e9,
                behind.isEmpty() ? "" : "; still behind: " + behind);
    }

    private List<String> processorsBehind() {
        long head = eventStore.createHeadToken().position().orElse(0);
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor && processor.isRunning())
                .filter(processor -> ((StreamingEventProcessor) processor).processingStatus().values().stream()
                        .anyMatch(status -> status.getCurrentPosition().orElse(0) < head))
                .map(EventProcessor::getName).toList();
    }

    private static List<EventMessage<?>> asEvents(List<IndexedPage> pages) {
        IndexedPage first = pages.get(0);
        DossierFields fields = first.dossier();
        Instant receivedAt = Instant.parse(fields.receivedAt());
        DossierId id = new DossierId(first.dossierId());
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(new GenericDomainEventMessage<>("Dossier", id.value(), 0, new DossierReceivedEvent(id,
                fields.procedureCode(), new Applicant(fields.applicantName(), fields.citizenId(), null, fields.village(),
                null), Channel.valueOf(fields.channel()), null, List.of(), 10, receivedAt, receivedAt, false)));
        for (IndexedPage page : pages) {
            events.add(new GenericDomainEventMessage<>("ScannedDocument", page.documentId(), page.pageNumber() - 1L,
                    new PageTextRecognizedEvent(page.documentId(), id.value(), 1, page.pageNumber(), page.text(),
                            PageTextRecognizedEvent.TextSource.OCR, new PageTextRecognizedEvent.Measures(
                                    page.meanWordConfidence(), 100, 0.9, 0.8, 0, 0, 0, false),
                            new PageTextRecognizedEvent.Provenance("tesseract", "5.3.0", "vie+eng", Map.of(), "psm=3"),
                            List.of(), null)));
        }
        events.add(new GenericDomainEventMessage<>("Dossier", id.value(), 1, new DossierArchivedEvent(id, receivedAt)));
        return events;
    }
}
