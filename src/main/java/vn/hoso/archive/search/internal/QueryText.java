package vn.hoso.archive.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an official typed, folded and split into exact phrases (between straight or curly double quotes) and the
 * remaining words. A quote left open is just a character: the analyzer drops it.
 */
record QueryText(String words, List<String> phrases) {

    private static final Pattern PHRASE = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]");

    static QueryText parse(String typed) {
        String folded = VietnameseFolding.fold(VietnameseFolding.nfc(typed));
        List<String> phrases = new ArrayList<>();
        Matcher matcher = PHRASE.matcher(folded);
        StringBuilder words = new StringBuilder();
        while (matcher.find()) {
            if (!matcher.group(1).isBlank()) {
                phrases.add(matcher.group(1).strip());
            }
            matcher.appendReplacement(words, " ");
        }
        matcher.appendTail(words);
        return new QueryText(words.toString().strip(), List.copyOf(phrases));
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
