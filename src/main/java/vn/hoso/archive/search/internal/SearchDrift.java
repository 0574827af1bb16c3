package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.DossierStatusChange;

/**
 * Compares what the event store says the index should hold with what searches read: every dossier (id and state)
 * and every page (id, text — an archivist's review replaces the recognized one — and its dossier's state); a dossier
 * destroyed by disposition and its pages should be gone. Each side is summed into an order-independent checksum; the
 * records that differ are named (the first {@value #NAMED} of each kind).
 */
@Component
class SearchDrift {

    private static final int NAMED = 20;
    private static final int SCAN_SIZE = 1000;

    private final EventStorageEngine events;
    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    SearchDrift(EventStorageEngine events, ElasticsearchClient client, SearchIndexes indexes) {
        this.events = events;
        this.client = client;
        this.indexes = indexes;
    }

    /** {@code missing}: in the event store, not in the index; {@code unexpected}: the other way; {@code differing}: both, unlike. */
    record Report(boolean inSync, long sourceDossiers, long indexedDossiers, long sourcePages, long indexedPages,
                  String sourceChecksum, String indexChecksum, List<String> missing, List<String> unexpected,
                  List<String> differing) {
    }

    Report check() {
        Map<String, String> source = fromEventStore();
        Map<String, String> index = new HashMap<>(scan(SearchIndexes.DOSSIERS, "dossierId", hit -> "dossier:" + hit.get("dossierId")
                + "|" + status(hit)));
        index.putAll(scan(SearchIndexes.PAGES, "pageId", hit -> "page:" + hit.get("pageId") + "|" + status(hit)
                + "|" + hit.get("text")));
        Set<String> differing = new HashSet<>(source.keySet());
        differing.retainAll(index.keySet());
        differing.removeIf(key -> source.get(key).equals(index.get(key)));
        List<String> missing = firstOf(source.keySet().stream().filter(key -> !index.containsKey(key)));
        List<String> unexpected = firstOf(index.keySet().stream().filter(key -> !source.containsKey(key)));
        String sourceSum = checksum(source);
        String indexSum = checksum(index);
        return new Report(sourceSum.equals(indexSum) && source.keySet().equals(index.keySet()),
                count(source, "dossier:"), count(index, "dossier:"), count(source, "page:"), count(index, "page:"),
                sourceSum, indexSum, missing, unexpected, firstOf(differing.stream()));
    }

    /** A page as the event store has it: its dossier and its latest text (recognized, or corrected by review). */
    private record SourcePage(String dossierId, String text) {
    }

    /** Record key (kind:id) → the content the index should hold for it. */
    private Map<String, String> fromEventStore() {
        Map<String, String> statuses = new HashMap<>();
        Map<String, SourcePage> pages = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            stream.forEach(message -> follow(message, statuses, pages));
        }
        Map<String, String> expected = new HashMap<>();
        statuses.forEach((id, status) -> expected.put("dossier:" + id, "dossier:" + id + "|" + status));
        pages.forEach((id, page) -> expected.put("page:" + id, "page:" + id + "|" + statuses.get(page.dossierId())
                + "|" + VietnameseFolding.nfc(page.text())));
        return expected;
    }

    /** What one event changes in the index, as {@link SearchIndexer} applies it. */
    private static void follow(TrackedEventMessage<?> message, Map<String, String> statuses, Map<String, SourcePage> pages) {
        Class<?> type = message.getPayloadType();
        if (type == PageTextRecognizedEvent.class) {
            PageTextRecognizedEvent page = (PageTextRecognizedEvent) message.getPayload();
            pages.put(IndexedPage.idOf(page.documentId(), page.pageNumber()), new SourcePage(page.dossierId(), page.text()));
        } else if (type == PageReviewedEvent.class) {
            PageReviewedEvent review = (PageReviewedEvent) message.getPayload();
            pages.computeIfPresent(IndexedPage.idOf(review.documentId(), review.pageNumber()),
                    (id, page) -> new SourcePage(page.dossierId(), review.correctedText()));
        } else if (type == DossierReceivedEvent.class) {
            statuses.put(((DossierReceivedEvent) message.getPayload()).dossierId().value(), DossierStatus.RECEIVED.name());
        } else if (type == DossierDisposedEvent.class) {
            String dossierId = ((DossierDisposedEvent) message.getPayload()).dossierId().value();
            statuses.remove(dossierId);
            pages.values().removeIf(page -> page.dossierId().equals(dossierId));
        } else if (message instanceof DomainEventMessage<?> domain && statuses.containsKey(domain.getAggregateIdentifier())) {
            DossierStatusChange.after(message.getPayload())
                    .ifPresent(status -> statuses.put(domain.getAggregateIdentifier(), status.name()));
        }
    }

    /** Every document of the index searches read, in id order, through a point in time. */
    private Map<String, String> scan(String name, String idField, Function<Map<String, Object>, String> content) {
        Map<String, String> found = new HashMap<>();
        try {
            String pit = client.openPointInTime(open -> open.index(indexes.alias(name)).keepAlive(k -> k.time("1m"))).id();
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Map> response = client.search(search -> {
                    search.pit(p -> p.id(pit).keepAlive(k -> k.time("1m"))).size(SCAN_SIZE)
                            .sort(sort -> sort.field(f -> f.field(idField).order(SortOrder.Asc)));
                    return from == null ? search : search.searchAfter(from);
                }, Map.class);
                List<Hit<Map>> hits = response.hits().hits();
                for (Hit<Map> hit : hits) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> document = hit.source();
                    found.put(kind(name) + document.get(idField), content.apply(document));
                }
                if (hits.size() < SCAN_SIZE) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
            client.closePointInTime(close -> close.id(pit));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading index " + indexes.alias(name) + " failed", e);
        }
        return found;
    }

    private static String kind(String name) {
        return SearchIndexes.PAGES.equals(name) ? "page:" : "dossier:";
    }

    @SuppressWarnings("unchecked")
    private static Object status(Map<String, Object> document) {
        return ((Map<String, Object>) document.get("dossier")).get("status");
    }

    private static long count(Map<String, String> records, String kind) {
        return records.keySet().stream().filter(key -> key.startsWith(kind)).count();
    }

    private static List<String> firstOf(Stream<String> keys) {
        return keys.sorted().limit(NAMED).toList();
    }

    /** The sum of each record's SHA-256 (first 8 bytes), so the order records are read in does not matter. */
    private static String checksum(Map<String, String> records) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long sum = 0;
            for (String content : records.values()) {
                sum += ByteBuffer.wrap(sha256.digest(content.getBytes(StandardCharsets.UTF_8))).getLong();
            }
            return String.format("%016x", sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
