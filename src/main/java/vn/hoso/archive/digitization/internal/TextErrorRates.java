package vn.hoso.archive.digitization.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The project's OCR quality measures. Character error rate: Levenshtein distance between recognized text and truth
 * divided by the truth's length, both NFC-normalized with every run of whitespace collapsed to one space. Word error
 * rate: the same over whitespace-separated words.
 */
final class TextErrorRates {

    private TextErrorRates() {
    }

    static double characterErrorRate(String recognized, String truth) {
        int[] a = normalize(recognized).codePoints().toArray();
        int[] b = normalize(truth).codePoints().toArray();
        return (double) levenshtein(a, b) / Math.max(1, b.length);
    }

    static double wordErrorRate(String recognized, String truth) {
        Map<String, Integer> ids = new HashMap<>();
        int[] a = wordIds(recognized, ids);
        int[] b = wordIds(truth, ids);
        return (double) levenshtein(a, b) / Math.max(1, b.length);
    }

    private static int[] wordIds(String text, Map<String, Integer> ids) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(normalized.split(" "))
                .mapToInt(word -> ids.computeIfAbsent(word, unused -> ids.size()))
                .toArray();
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static int levenshtein(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
