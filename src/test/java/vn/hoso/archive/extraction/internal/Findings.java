package vn.hoso.archive.extraction.internal;

import java.util.List;
import vn.hoso.archive.extraction.ExtractedValue;

/** The values one extractor finds in a text, for assertions. */
final class Findings {

    private Findings() {
    }

    static List<String> valuesOf(MetadataExtractor extractor, String text) {
        return extractor.extract(PageText.of(text)).stream().map(ExtractedValue::value).toList();
    }
}
