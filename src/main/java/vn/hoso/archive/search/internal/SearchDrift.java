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
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.SuggestionStatus;

/**
 * Compares what the event store says the index should hold ({@link ExpectedIndex}) with what searches read: every
 * dossier (id, state, applicant's name and citizen id as corrected) and every page (id, text — an archivist's review
 * replaces the recognized one —, its dossier's state and applicant, its metadata and their decisions; a duplicate
 * document's pages too); a dossier destroyed by disposition and its pages should be gone. Each side is summed into an order-independent checksum; the
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
        refreshIndices();
        Map<String, String> index = new HashMap<>(scan(SearchIndexes.DOSSIERS, "dossierId", hit -> "dossier:" + hit.get("dossierId")
                + "|" + dossierLine(hit)));
        index.putAll(scan(SearchIndexes.PAGES, "pageId", hit -> "page:" + hit.get("pageId") + "|" + dossierLine(hit)
                + "|" + hit.get("text") + "|" + metadataLine(hit)));
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

    /** Record key (kind:id) → the content the index should hold for it. */
    private Map<String, String> fromEventStore() {
        ExpectedIndex expected = new ExpectedIndex();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            stream.forEach(expected::follow);
        }
        return expected.records();
    }

    /**
     * Makes what the indexer has written visible to the scan: each index refreshes on its own second, so without this a
     * record written a moment ago showed as missing from one index while its pages were already in the other.
     */
    private void refreshIndices() {
        try {
            client.indices().refresh(refresh -> refresh.index(indexes.alias(SearchIndexes.DOSSIERS),
                    indexes.alias(SearchIndexes.PAGES)));
        } catch (IOException e) {
            throw new UncheckedIOException("Refreshing the search indices before the check failed", e);
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
    private static String dossierLine(Map<String, Object> document) {
        Map<String, Object> dossier = (Map<String, Object>) document.get("dossier");
        return ExpectedIndex.dossierLine((String) dossier.get("status"), (String) dossier.get("applicantName"),
                (String) dossier.get("citizenId"));
    }

    @SuppressWarnings("unchecked")
    private static String metadataLine(Map<String, Object> page) {
        Map<String, Object> metadata = (Map<String, Object>) page.get("metadata");
        List<Map<String, Object>> entries = metadata == null ? List.of()
                : (List<Map<String, Object>>) metadata.getOrDefault("entries", List.of());
        return PageMetadata.of(entries.stream().map(entry -> new PageMetadata.Entry(((Number) entry.get("id")).intValue(),
                MetadataKind.valueOf((String) entry.get("kind")), (String) entry.get("value"),
                SuggestionStatus.valueOf((String) entry.get("status")))).toList()).describe();
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
