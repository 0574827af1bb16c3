package vn.hoso.archive.digitization.internal;

import java.text.Normalizer;

/**
 * The project's OCR quality measure: Levenshtein distance between recognized text and truth divided by the truth's
 * length, both NFC-normalized with every run of whitespace collapsed to one space.
 */
final class CharacterErrorRate {

    private CharacterErrorRate() {
    }

    static double of(String recognized, String truth) {
        String a = normalize(recognized);
        String b = normalize(truth);
        return (double) levenshtein(a, b) / Math.max(1, b.length());
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
