package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.util.Map;

/** Recognizes the text of one page image. Implementations are safe to call from several threads at once. */
interface OcrEngine {

    RecognizedPage recognize(BufferedImage page, String languages);

    OcrProvenance provenance(String languages);

    record RecognizedPage(String text, double meanWordConfidence, int wordCount, long durationMillis) {
    }

    /** How text was produced, recorded with every page so the archive can later say which engine and model read it. */
    record OcrProvenance(String engine, String engineVersion, Map<String, String> modelSha256, String parameters) {
    }
}
