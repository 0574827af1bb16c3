package vn.hoso.archive.search.internal;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for matching: {@code Nguyễn Hồng Hải, đất} becomes {@code nguyen hong hai, dat}. Each UTF-16 unit of the
 * NFC input maps to exactly one unit of output, so offsets in the folded text are offsets in the original; the
 * highlighter relies on that.
 */
final class VietnameseFolding {

    /** Chars below this (Latin with every Vietnamese letter, U+1EA0–U+1EF9, and more) fold through {@link #TABLE}. */
    private static final int TABLED = 0x2000;
    /** Folded once at class load: decomposing char by char cost a rebuild a tenth of its time. */
    private static final char[] TABLE = table();

    private VietnameseFolding() {
    }

    private static char[] table() {
        char[] table = new char[TABLED];
        for (char c = 0; c < TABLED; c++) {
            table[c] = foldChar(c);
        }
        return table;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Folds text that is already NFC. */
    static String fold(String nfcText) {
        char[] folded = new char[nfcText.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = nfcText.charAt(i);
            folded[i] = c < TABLED ? TABLE[c] : foldChar(c);
        }
        return new String(folded);
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }
}
