package vn.hoso.archive.search.internal;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for matching: {@code Nguyễn Hồng Hải, đất} becomes {@code nguyen hong hai, dat}. Each UTF-16 unit of the
 * NFC input maps to exactly one unit of output, so offsets in the folded text are offsets in the original; the
 * highlighter relies on that.
 */
final class VietnameseFolding {

    private VietnameseFolding() {
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Folds text that is already NFC. */
    static String fold(String nfcText) {
        char[] folded = new char[nfcText.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = foldChar(nfcText.charAt(i));
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
