package vn.hoso.archive.extraction.internal;

import java.util.List;
import vn.hoso.archive.extraction.ExtractedValue;

/** Finds one kind of metadata in a page's text. */
interface MetadataExtractor {

    List<ExtractedValue> extract(PageText page);

    /** Whether {@code offset} falls inside a value already found (a second pattern reading the same words). */
    static boolean insideAny(List<ExtractedValue> found, int offset) {
        return found.stream().anyMatch(value -> value.start() <= offset && offset < value.end());
    }
}
