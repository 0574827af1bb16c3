package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.search.DossierSearch;
import vn.hoso.archive.search.SearchRequest;

/**
 * Runs a search on the pages alias inside a point in time, so that pages fetched with the cursor stay stable while
 * indexing goes on. The folded query matches the folded fields; the unified highlighter marks the folded text (offsets
 * from its postings), and {@link OriginalText} puts the marks on the original text, whose offsets are the same.
 */
@Component
class ElasticsearchDossierSearch implements DossierSearch {

    private static final String PRE_TAG = "\u0001";
    private static final String POST_TAG = "\u0002";
    private static final String KEEP_ALIVE = "2m";
    private static final int FACET_SIZE = 20;
    /** Facet name → the page field it counts. */
    static final Map<String, String> FACETS = facets();

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    ElasticsearchDossierSearch(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("procedure", "dossier.procedureCode");
        facets.put("field", "dossier.field");
        facets.put("status", "dossier.status");
        facets.put("channel", "dossier.channel");
        facets.put("village", "dossier.village");
        facets.put("year", "dossier.year");
        facets.put("archiveBox", "dossier.archiveBox");
        return Collections.unmodifiableMap(facets);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        SearchCursor cursor = request.cursor() == null ? null : SearchCursor.decode(request.cursor());
        SearchRequest.Sort sort = cursor == null ? request.sort() : cursor.sort();
        String pointInTime = cursor == null ? openPointInTime() : cursor.pointInTime();
        Query query = PageQueries.of(QueryText.parse(request.query()), request);
        try {
            SearchResponse<IndexedPage> response = client.search(search -> {
                search.pit(pit -> pit.id(pointInTime).keepAlive(k -> k.time(KEEP_ALIVE)))
                        .size(request.size())
                        .trackTotalHits(total -> total.enabled(true))
                        .source(source -> source.filter(filter -> filter.excludes(PageQueries.TEXT)))
                        .query(query)
                        .sort(sortBy(sort))
                        .highlight(highlight -> highlight
                                .preTags(PRE_TAG).postTags(POST_TAG)
                                .fields(NamedValue.of(PageQueries.TEXT, HighlightField.of(field -> field
                                        .type(HighlighterType.Unified)
                                        .fragmentSize(160)
                                        .numberOfFragments(1)
                                        .noMatchSize(160)))));
                if (cursor == null) {
                    facetsOn(search);
                } else {
                    search.searchAfter(cursor.searchAfter());
                }
                return search;
            }, IndexedPage.class);
            return resultOf(request, sort, response);
        } catch (ElasticsearchException e) {
            throw cursor == null ? e : refusedCursor(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    /** A cursor whose point in time has expired, or that Elasticsearch cannot read (tampered with). */
    private static RuntimeException refusedCursor(ElasticsearchException e) {
        if (e.status() == 404) {
            return ApiProblem.badRequest("CURSOR_EXPIRED");
        }
        return e.status() == 400 ? ApiProblem.badRequest("INVALID_CURSOR") : e;
    }

    private String openPointInTime() {
        try {
            return client.openPointInTime(open -> open.index(indexes.alias(SearchIndexes.PAGES))
                    .keepAlive(k -> k.time(KEEP_ALIVE))).id();
        } catch (IOException e) {
            throw new UncheckedIOException("Opening a point in time failed", e);
        }
    }

    private static List<SortOptions> sortBy(SearchRequest.Sort sort) {
        SortOptions tieBreaker = SortOptions.of(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
        SortOptions first = sort == SearchRequest.Sort.DATE
                ? SortOptions.of(s -> s.field(f -> f.field(PageQueries.RECEIVED_AT).order(SortOrder.Desc)))
                : SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc)));
        return List.of(first, tieBreaker);
    }

    private static void facetsOn(Builder search) {
        FACETS.forEach((name, field) -> search.aggregations(name,
                Aggregation.of(a -> a.terms(terms -> terms.field(field).size(FACET_SIZE)))));
    }

    private static SearchResult resultOf(SearchRequest request, SearchRequest.Sort sort,
                                         SearchResponse<IndexedPage> response) {
        List<Hit<IndexedPage>> found = response.hits().hits();
        List<PageHit> hits = found.stream().map(hit -> toPageHit(hit, request.query())).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = found.size() < request.size() ? null
                : new SearchCursor(response.pitId(), sort, SearchCursor.valuesOf(found.get(found.size() - 1).sort()))
                        .encode();
        return new SearchResult(request.query(), total, hits, facetsOf(response.aggregations()), next);
    }

    private static Map<String, List<FacetCount>> facetsOf(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.keySet().stream().filter(aggregations::containsKey).forEach(name -> facets.put(name, counts(aggregations.get(name))));
        return facets;
    }

    private static List<FacetCount> counts(Aggregate aggregate) {
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(bucket -> new FacetCount(Long.toString(bucket.key()), bucket.docCount())).toList();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new FacetCount(bucket.key().stringValue(), bucket.docCount())).toList();
    }

    private static PageHit toPageHit(Hit<IndexedPage> hit, String query) {
        IndexedPage page = hit.source();
        DossierFields dossier = page.dossier();
        List<String> fragments = hit.highlight().getOrDefault(PageQueries.TEXT, List.of());
        String snippet = fragments.isEmpty() ? "" : markMatches(OriginalText.of(page.text(), fragments.get(0), PRE_TAG, POST_TAG));
        return new PageHit(page.dossierId(), dossier.procedureCode(), dossier.field(), dossier.status(),
                dossier.village(), dossier.receivedAt(), dossier.applicantName(), page.documentId(), page.pageNumber(),
                snippet, hit.score() == null ? 0 : hit.score(), pageImageUrl(page, query),
                hit.matchedQueries().keySet().stream().sorted().toList());
    }

    /**
     * Where the hit opens: the page image (a duplicate's is its original's), with the query, so the read audit records
     * a search hit opened.
     */
    private static String pageImageUrl(IndexedPage page, String query) {
        String url = "/api/documents/" + UriUtils.encodePathSegment(page.imageDocumentId(), StandardCharsets.UTF_8)
                + "/pages/" + page.pageNumber() + "/image";
        return query == null || query.isBlank() ? url
                : url + "?q=" + UriUtils.encodeQueryParam(query, StandardCharsets.UTF_8);
    }

    private static String markMatches(String fragment) {
        String oneLine = fragment.strip().replaceAll("\\s+", " ");
        return HtmlUtils.htmlEscape(oneLine, "UTF-8").replace(PRE_TAG, "<em>").replace(POST_TAG, "</em>");
    }
}
