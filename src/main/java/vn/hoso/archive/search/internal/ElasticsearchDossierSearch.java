package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.hoso.archive.search.DossierSearch;

/**
 * Matches the folded query against folded page text and applicant names, and highlights the original text: the
 * fast-vector highlighter takes the match offsets from the folded field, which line up with the original's.
 */
@Component
class ElasticsearchDossierSearch implements DossierSearch {

    private static final String PRE_TAG = "\u0001";
    private static final String POST_TAG = "\u0002";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    ElasticsearchDossierSearch(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    @Override
    public SearchResult search(String query, int size) {
        String folded = VietnameseFolding.fold(VietnameseFolding.nfc(query));
        try {
            SearchResponse<SearchIndexer.IndexedPage> response = client.search(search -> search
                    .index(indexes.alias(SearchIndexes.PAGES))
                    .size(size)
                    .source(source -> source.filter(filter -> filter.excludes("text", "textFolded")))
                    .query(q -> q.multiMatch(match -> match
                            .query(folded)
                            .fields("textFolded", "applicantNameFolded^2")
                            .type(TextQueryType.CrossFields)
                            .operator(Operator.And)))
                    .highlight(highlight -> highlight
                            .preTags(PRE_TAG).postTags(POST_TAG)
                            .fields(NamedValue.of("text", HighlightField.of(field -> field
                                    .type(HighlighterType.FastVector)
                                    .matchedFields("text", "textFolded")
                                    .fragmentSize(160)
                                    .numberOfFragments(1)
                                    .noMatchSize(160))))),
                    SearchIndexer.IndexedPage.class);
            List<PageHit> hits = response.hits().hits().stream().map(ElasticsearchDossierSearch::toPageHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new SearchResult(query, total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private static PageHit toPageHit(Hit<SearchIndexer.IndexedPage> hit) {
        SearchIndexer.IndexedPage page = hit.source();
        List<String> fragments = hit.highlight().getOrDefault("text", List.of());
        String snippet = fragments.isEmpty() ? "" : markMatches(fragments.get(0));
        return new PageHit(page.dossierId(), page.procedureCode(), page.applicantName(), page.documentId(),
                page.pageNumber(), snippet, hit.score() == null ? 0 : hit.score());
    }

    private static String markMatches(String fragment) {
        String oneLine = fragment.strip().replaceAll("\\s+", " ");
        return HtmlUtils.htmlEscape(oneLine, "UTF-8").replace(PRE_TAG, "<em>").replace(POST_TAG, "</em>");
    }
}
