package vn.hoso.archive.extraction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/** Every extractor over one page's text: each kind and value once (its first place on the page), in page order. */
final class MetadataExtractors {

    private final List<MetadataExtractor> extractors = List.of(new DateExtractor(), new CitizenIdExtractor(),
            new LandParcelExtractor(), new CertificateSerialExtractor(), new PersonNameExtractor());

    List<ExtractedValue> extract(String pageText) {
        PageText page = PageText.of(pageText);
        List<ExtractedValue> all = new ArrayList<>();
        extractors.forEach(extractor -> all.addAll(extractor.extract(page)));
        all.sort(Comparator.comparingInt(ExtractedValue::start));
        Map<String, ExtractedValue> firstOfEach = new LinkedHashMap<>();
        all.forEach(value -> firstOfEach.putIfAbsent(keyOf(value.kind(), value.value()), value));
        return List.copyOf(firstOfEach.values());
    }

    static String keyOf(MetadataKind kind, String value) {
        return kind + ":" + value;
    }
}
