package vn.hoso.archive.extraction.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hoso.archive.extraction.MetadataKind;

/** Precision and recall per kind of metadata: found items against gold items, each a (page, kind, value). */
final class ExtractionScore {

    record Item(String page, MetadataKind kind, String value) {
    }

    private record Tally(int gold, int found, int correct) {

        Tally plus(Tally other) {
            return new Tally(gold + other.gold, found + other.found, correct + other.correct);
        }

        /** 1 when nothing was found (no false positive); recall likewise 1 when there was nothing to find. */
        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) correct / gold;
        }
    }

    private final Map<MetadataKind, Tally> tallies = new EnumMap<>(MetadataKind.class);

    ExtractionScore(Set<Item> gold, Set<Item> found) {
        for (MetadataKind kind : MetadataKind.values()) {
            Set<Item> goldOfKind = ofKind(gold, kind);
            Set<Item> correct = ofKind(found, kind);
            int foundCount = correct.size();
            correct.retainAll(goldOfKind);
            tallies.put(kind, new Tally(goldOfKind.size(), foundCount, correct.size()));
        }
    }

    double precision(MetadataKind kind) {
        return tallies.get(kind).precision();
    }

    double recall(MetadataKind kind) {
        return tallies.get(kind).recall();
    }

    double precision() {
        return total().precision();
    }

    double recall() {
        return total().recall();
    }

    /** One line per kind and one for all: gold, found, correct, precision, recall. */
    String table(String title) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-28s %-19s %5s %6s %8s %10s %7s%n",
                title, "kind", "gold", "found", "correct", "precision", "recall"));
        tallies.forEach((kind, tally) -> table.append(row("", kind.name(), tally)));
        return table.append(row("", "all", total())).toString();
    }

    private static String row(String title, String kind, Tally tally) {
        return String.format(Locale.ROOT, "%-28s %-19s %5d %6d %8d %10.3f %7.3f%n", title, kind, tally.gold,
                tally.found, tally.correct, tally.precision(), tally.recall());
    }

    private Tally total() {
        return tallies.values().stream().reduce(new Tally(0, 0, 0), Tally::plus);
    }

    private static Set<Item> ofKind(Set<Item> items, MetadataKind kind) {
        Set<Item> ofKind = new HashSet<>();
        items.stream().filter(item -> item.kind() == kind).forEach(ofKind::add);
        return ofKind;
    }
}
