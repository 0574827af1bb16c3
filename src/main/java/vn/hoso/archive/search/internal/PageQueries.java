package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.search.SearchRequest;

/**
 * Turns a search request into an Elasticsearch query on pages. User text only ever goes into match queries (never
 * {@code query_string}), and filter values only into term filters, so no input is read as query syntax. The
 * caller's clearance is a filter of the query itself: hidden records count nowhere, not in totals nor in facets.
 */
final class PageQueries {

    static final String TEXT = "textFolded";
    static final String NAME = "dossier.applicantNameFolded";
    static final String CITIZEN_ID = "dossier.citizenId";
    static final String RECEIVED_AT = "dossier.receivedAt";
    /** OCR errors: one edit from 4 letters, two from 8 (Vietnamese syllables are short); the first letter must match. */
    private static final String FUZZINESS = "AUTO:4,8";
    private static final float FUZZY_BOOST = 0.2f;
    private static final String OFFICE_ZONE = "Asia/Ho_Chi_Minh";

    private PageQueries() {
    }

    static Query of(QueryText text, SearchRequest request) {
        return Query.of(q -> q.bool(bool -> {
            QueryFields fields = QueryFields.in(text.words());
            if (!fields.rest().isEmpty()) {
                bool.must(words(fields.rest()));
            }
            fields.terms().forEach(term -> bool.must(MetadataQueries.value(term)));
            text.phrases().forEach(phrase -> bool.must(phrase(phrase)));
            bool.filter(terms("dossier.sensitivity", request.visible().stream().map(Sensitivity::name).toList()));
            filters(request.filters(), bool);
            return bool;
        }));
    }

    /**
     * All words, each in the page text, the applicant's name or citizen id; or all words within a spelling error or two
     * of the page text (scored far lower, so exact matches come first); or the name typed so far, its last word a prefix.
     */
    private static Query words(String words) {
        return Query.of(q -> q.bool(any -> any
                .should(s -> s.multiMatch(m -> m.query(words).fields(TEXT, NAME + "^3", CITIZEN_ID + "^3")
                        .type(TextQueryType.CrossFields).operator(Operator.And)))
                .should(s -> s.match(m -> m.field(TEXT).query(words).operator(Operator.And).fuzziness(FUZZINESS)
                        .prefixLength(1).maxExpansions(20).boost(FUZZY_BOOST)))
                .should(s -> s.matchBoolPrefix(m -> m.field(NAME).query(words).operator(Operator.And).boost(2f)))
                .should(MetadataQueries.personName(words))
                .minimumShouldMatch("1")));
    }

    private static Query phrase(String phrase) {
        return Query.of(q -> q.multiMatch(m -> m.query(phrase).fields(TEXT, NAME).type(TextQueryType.Phrase)));
    }

    private static void filters(SearchRequest.Filters filters, BoolQuery.Builder bool) {
        addTerms(bool, "dossier.procedureCode", filters.procedures());
        addTerms(bool, "dossier.field", filters.fields());
        addTerms(bool, "dossier.status", filters.statuses());
        addTerms(bool, "dossier.channel", filters.channels());
        addTerms(bool, "dossier.village", filters.villages());
        addTerms(bool, "dossier.archiveBox", filters.archiveBoxes());
        if (!filters.years().isEmpty()) {
            bool.filter(MetadataQueries.orDocumentDates(Query.of(q -> q.terms(t -> t.field("dossier.year").terms(v -> v.value(
                    filters.years().stream().map(year -> FieldValue.of(year.longValue())).toList())))),
                    MetadataQueries.inYears(filters.years())));
        }
        if (filters.receivedFrom() != null || filters.receivedTo() != null) {
            bool.filter(MetadataQueries.orDocumentDates(Query.of(q -> q.range(range -> range.date(date -> {
                date.field(RECEIVED_AT).timeZone(OFFICE_ZONE);
                if (filters.receivedFrom() != null) {
                    date.gte(filters.receivedFrom() + "||/d");
                }
                if (filters.receivedTo() != null) {
                    date.lte(filters.receivedTo() + "||/d");
                }
                return date;
            }))), MetadataQueries.between(filters.receivedFrom(), filters.receivedTo())));
        }
    }

    private static void addTerms(BoolQuery.Builder bool, String field, List<String> values) {
        if (!values.isEmpty()) {
            bool.filter(terms(field, values));
        }
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
}
