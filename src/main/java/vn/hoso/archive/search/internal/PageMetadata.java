package vn.hoso.archive.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.SuggestionStatus;

/**
 * The metadata extracted from one page, as searches use it. {@code entries} are the suggestions as they stand (the
 * indexer's memory, not searched); {@code confirmed} and {@code suggested} are their values in searchable form: what an
 * archivist confirmed (a correction replaces the value found), and apart from it, what an extractor found and nobody
 * has decided yet. A rejected value is in neither.
 */
record PageMetadata(List<Entry> entries, Values confirmed, Values suggested) {

    static final PageMetadata NONE = of(List.of());

    /** A suggestion on this page: its number within the document, kind, value (the correction once confirmed), status. */
    record Entry(int id, MetadataKind kind, String value, SuggestionStatus status) {
    }

    /**
     * Values of one status in the forms the query side looks for: parcels folded ({@code thua 125, to 12}), serials
     * folded without spaces ({@code bd123456}), dates ISO, names folded.
     */
    record Values(List<String> citizenId, List<String> landParcel, List<String> certificateSerial, List<String> date,
                  List<String> personName) {

        private static Values of(List<Entry> entries, SuggestionStatus status) {
            Predicate<Entry> withStatus = entry -> entry.status() == status;
            return new Values(valuesOf(entries, withStatus, MetadataKind.CITIZEN_ID),
                    valuesOf(entries, withStatus, MetadataKind.LAND_PARCEL),
                    valuesOf(entries, withStatus, MetadataKind.CERTIFICATE_SERIAL),
                    valuesOf(entries, withStatus, MetadataKind.DATE),
                    valuesOf(entries, withStatus, MetadataKind.PERSON_NAME));
        }

        private static List<String> valuesOf(List<Entry> entries, Predicate<Entry> withStatus, MetadataKind kind) {
            return entries.stream().filter(withStatus).filter(entry -> entry.kind() == kind)
                    .map(entry -> searchForm(kind, entry.value())).distinct().toList();
        }
    }

    static PageMetadata of(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparingInt(Entry::id)).toList();
        return new PageMetadata(sorted, Values.of(sorted, SuggestionStatus.CONFIRMED),
                Values.of(sorted, SuggestionStatus.SUGGESTED));
    }

    /** How a value of a kind is indexed and looked for. */
    static String searchForm(MetadataKind kind, String value) {
        String folded = VietnameseFolding.fold(VietnameseFolding.nfc(value));
        return switch (kind) {
            case CERTIFICATE_SERIAL -> folded.replace(" ", "");
            case LAND_PARCEL, PERSON_NAME -> folded;
            case CITIZEN_ID, DATE -> value;
        };
    }

    /** With a new suggestion; one already here (a replay) changes nothing. */
    PageMetadata suggest(int id, MetadataKind kind, String value) {
        if (entries.stream().anyMatch(entry -> entry.id() == id)) {
            return this;
        }
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(id, kind, value, SuggestionStatus.SUGGESTED));
        return of(more);
    }

    /** With an archivist's decision on suggestion {@code id}, if it is on this page; {@code this} if it is not. */
    PageMetadata decide(int id, SuggestionStatus status, String value) {
        if (entries.stream().noneMatch(entry -> entry.id() == id)) {
            return this;
        }
        return of(entries.stream().map(entry -> entry.id() == id ? new Entry(id, entry.kind(), value, status) : entry)
                .toList());
    }

    /** The entries in one line, for the drift check: the same entries give the same line. */
    String describe() {
        return entries.stream().map(entry -> entry.id() + ":" + entry.kind() + ":" + entry.value() + ":"
                + entry.status().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(";"));
    }
}
