package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.List;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Queries on the extracted metadata of pages. A value typed matches a confirmed value far above a suggested one, and
 * either far above the same words found in the text; each field match is named ({@code confirmed.landParcel},
 * {@code suggested.citizenId}, {@code applicant.citizenId}, …), so a hit tells which field it was found by.
 */
final class MetadataQueries {

    static final String CONFIRMED = "confirmed";
    static final String SUGGESTED = "suggested";
    static final String APPLICANT_CITIZEN_ID = "applicant.citizenId";
    private static final float CONFIRMED_BOOST = 100f;
    private static final float SUGGESTED_BOOST = 50f;
    private static final String DOCUMENT_DATES = "dossier.documentDates";

    private MetadataQueries() {
    }

    /** The value in a confirmed or suggested field (the applicant's citizen id too, for an id), or its words in the text. */
    static Query value(QueryFields.Term term) {
        return Query.of(q -> q.bool(any -> {
            field(any, CONFIRMED, term, CONFIRMED_BOOST);
            field(any, SUGGESTED, term, SUGGESTED_BOOST);
            if (term.kind() == MetadataKind.CITIZEN_ID) {
                any.should(s -> s.constantScore(c -> c.filter(f -> f.match(m -> m.field(PageQueries.CITIZEN_ID)
                        .query(term.value()))).boost(CONFIRMED_BOOST).queryName(APPLICANT_CITIZEN_ID)));
            }
            any.should(s -> s.match(m -> m.field(PageQueries.TEXT).query(term.words()).operator(Operator.And)));
            return any.minimumShouldMatch("1");
        }));
    }

    private static void field(BoolQuery.Builder any, String status, QueryFields.Term term, float boost) {
        String name = status + "." + fieldOf(term.kind());
        String field = "metadata." + name;
        any.should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field(field).value(term.value())))
                .boost(boost).queryName(name)));
        if (term.prefix() != null) {
            any.should(s -> s.constantScore(c -> c.filter(f -> f.prefix(p -> p.field(field).value(term.prefix())))
                    .boost(boost).queryName(name)));
        }
    }

    /** All the words in a person's name found on the page, confirmed or suggested. */
    static Query personName(String words) {
        return Query.of(q -> q.bool(any -> any
                .should(s -> s.match(m -> m.field("metadata.confirmed.personName").query(words).operator(Operator.And)
                        .boost(3f).queryName(CONFIRMED + ".personName")))
                .should(s -> s.match(m -> m.field("metadata.suggested.personName").query(words).operator(Operator.And)
                        .boost(2f).queryName(SUGGESTED + ".personName")))));
    }

    /**
     * The dossier's date of receipt, or, for an archive record (it has a box), a date an archivist confirmed on one of
     * its documents: an archive record is received on the date its box list gives, often only a year.
     */
    static Query orDocumentDates(Query received, Query documentDates) {
        return Query.of(q -> q.bool(any -> any
                .should(received)
                .should(s -> s.bool(archive -> archive
                        .filter(f -> f.exists(e -> e.field("dossier.archiveBox")))
                        .filter(documentDates)))
                .minimumShouldMatch("1")));
    }

    static Query inYears(List<Integer> years) {
        return Query.of(q -> q.bool(any -> {
            years.forEach(year -> any.should(between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
            return any.minimumShouldMatch("1");
        }));
    }

    /** Document dates from {@code from} to {@code to}, both included; either may be null (open). */
    static Query between(LocalDate from, LocalDate to) {
        return Query.of(q -> q.range(range -> range.date(date -> {
            date.field(DOCUMENT_DATES);
            if (from != null) {
                date.gte(from.toString());
            }
            if (to != null) {
                date.lte(to.toString());
            }
            return date;
        })));
    }

    /** The field of a kind under {@code metadata.confirmed} and {@code metadata.suggested}. */
    static String fieldOf(MetadataKind kind) {
        return switch (kind) {
            case CITIZEN_ID -> "citizenId";
            case LAND_PARCEL -> "landParcel";
            case CERTIFICATE_SERIAL -> "certificateSerial";
            case DATE -> "date";
            case PERSON_NAME -> "personName";
        };
    }
}
