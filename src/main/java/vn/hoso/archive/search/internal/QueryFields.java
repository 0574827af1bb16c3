package vn.hoso.archive.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Metadata values recognized in the folded words an official typed: a land parcel with or without its map sheet
 * ({@code thua 123 to 45}, {@code to ban do so 45 thua dat so 123}), a citizen ID (9 or 12 digits), a certificate
 * serial ({@code bd 123456}, {@code CH01234}) and a date ({@code 15/3/1995}, {@code 1995-03-15}). Each is looked for
 * in the metadata fields as well as in the text; {@code rest} is what is left, searched as words.
 */
record QueryFields(String rest, List<Term> terms) {

    /**
     * One value typed: {@code words} as typed (folded), {@code value} in the index's search form; {@code prefix}, when
     * not null, also matches values that begin with it (a parcel typed without its sheet).
     */
    record Term(MetadataKind kind, String words, String value, String prefix) {
    }

    private static final String NUMBER_SIGN = "\\s*(?:so\\s*)?[:.]?\\s*";
    private static final String SHEET = "to(?:\\s+ban\\s+do)?" + NUMBER_SIGN + "(\\d{1,4})(?!\\d)";
    private static final String PARCEL = "thua(?:\\s+dat)?" + NUMBER_SIGN + "(\\d{1,5}[a-z]?)(?![\\da-z])";
    private static final Pattern SHEET_THEN_PARCEL = Pattern.compile("(?<![\\da-z])" + SHEET + "\\s*[,;]?\\s*" + PARCEL);
    private static final Pattern PARCEL_THEN_SHEET = Pattern.compile(
            "(?<![\\da-z])" + PARCEL + "(?:\\s*[,;]?\\s*" + SHEET + ")?");
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<![\\da-z])(\\d{12}|\\d{9})(?![\\da-z])");
    private static final Pattern SERIAL = Pattern.compile("(?<![\\da-z])([a-z]{1,3})[ -]?(\\d{3,8})(?![\\da-z])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    static QueryFields in(String foldedWords) {
        List<Term> terms = new ArrayList<>();
        String rest = foldedWords;
        rest = take(rest, SHEET_THEN_PARCEL, matcher -> parcel(matcher.group(2), matcher.group(1), matcher.group()), terms);
        rest = take(rest, PARCEL_THEN_SHEET, matcher -> parcel(matcher.group(1), matcher.group(2), matcher.group()), terms);
        rest = take(rest, DAY_MONTH_YEAR, matcher -> date(matcher.group(3), matcher.group(2), matcher.group(1),
                matcher.group()), terms);
        rest = take(rest, ISO_DATE, matcher -> date(matcher.group(1), matcher.group(2), matcher.group(3),
                matcher.group()), terms);
        rest = take(rest, CITIZEN_ID, matcher -> new Term(MetadataKind.CITIZEN_ID, matcher.group(), matcher.group(),
                null), terms);
        rest = take(rest, SERIAL, matcher -> new Term(MetadataKind.CERTIFICATE_SERIAL, matcher.group(),
                matcher.group(1) + matcher.group(2), null), terms);
        return new QueryFields(rest.replaceAll("\\s+", " ").strip(), List.copyOf(terms));
    }

    @FunctionalInterface
    private interface TermOf {
        /** The term the match stands for, or null when it stands for none (then it stays among the words). */
        Term of(Matcher matcher);
    }

    private static String take(String words, Pattern pattern, TermOf termOf, List<Term> terms) {
        Matcher matcher = pattern.matcher(words);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            Term term = termOf.of(matcher);
            if (term != null) {
                terms.add(term);
                matcher.appendReplacement(rest, " ");
            }
        }
        matcher.appendTail(rest);
        return rest.toString();
    }

    private static Term parcel(String parcel, String sheet, String words) {
        String value = "thua " + withoutLeadingZeros(parcel);
        return sheet == null ? new Term(MetadataKind.LAND_PARCEL, words, value, value + ", to ")
                : new Term(MetadataKind.LAND_PARCEL, words, value + ", to " + withoutLeadingZeros(sheet), null);
    }

    private static Term date(String year, String month, String day, String words) {
        String iso = year + "-" + twoDigits(month) + "-" + twoDigits(day);
        return MetadataKind.DATE.accepts(iso) ? new Term(MetadataKind.DATE, words, iso, null) : null;
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static String withoutLeadingZeros(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }
}
