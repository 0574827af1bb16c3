package vn.hoso.archive.extraction.internal;

import java.text.Normalizer;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * A page's text in NFC, and beside it a matching copy without diacritics and in lower case ({@code Thửa đất} →
 * {@code thua dat}), char for char, so a context word found in the folded copy (typed or OCR'd with or without
 * diacritics) sits at the same offsets in the original.
 */
final class PageText {

    private static final int SNIPPET_MARGIN = 40;

    private final String text;
    private final String folded;

    private PageText(String text) {
        this.text = text;
        this.folded = foldChars(text);
    }

    static PageText of(String raw) {
        return new PageText(Normalizer.normalize(raw, Normalizer.Form.NFC));
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    ExtractedValue found(MetadataKind kind, String value, int start, int end, String extractor) {
        return new ExtractedValue(kind, value, start, end, snippetAround(start, end), extractor);
    }

    private String snippetAround(int start, int end) {
        String around = text.substring(Math.max(0, start - SNIPPET_MARGIN), Math.min(text.length(), end + SNIPPET_MARGIN));
        return around.replaceAll("\\s+", " ").strip();
    }

    private static String foldChars(String nfc) {
        StringBuilder folded = new StringBuilder(nfc.length());
        nfc.chars().forEach(c -> folded.append(baseLetter((char) c)));
        return folded.toString();
    }

    private static char baseLetter(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80 || Character.isSurrogate(c)) {
            return Character.toLowerCase(c);
        }
        return Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
    }
}
