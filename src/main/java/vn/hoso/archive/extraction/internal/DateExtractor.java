package vn.hoso.archive.extraction.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Calendar dates written {@code 12/05/2026}, {@code 6/1/1999}, {@code 12-05-2026}, {@code 12.05.2026} or
 * {@code ngày 10 tháng 12 năm 1948}, with or without diacritics and with the stray spaces OCR puts in
 * ({@code 12 /05/ 2026}, {@code ng ày 10 th áng 12}). Impossible dates (31/02) and years outside 1900–2100 are left out.
 */
final class DateExtractor implements MetadataExtractor {

    static final String NAME = "date";

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.,-])(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?(\\d{4})(?![\\d/])");
    private static final Pattern WORDED = Pattern.compile(
            "(?<![a-z])" + loose("ngay") + "(?: mung| mong)?\\s*(\\d{1,2})\\s*,?\\s*" + loose("thang") + "\\s*(\\d{1,2})"
                    + "\\s*,?\\s*" + loose("nam") + "\\s*(\\d{4})(?!\\d)");

    @Override
    public List<ExtractedValue> extract(PageText page) {
        List<ExtractedValue> found = new ArrayList<>();
        Matcher numeric = NUMERIC.matcher(page.text());
        while (numeric.find()) {
            dateOf(numeric.group(1), numeric.group(3), numeric.group(4))
                    .ifPresent(date -> found.add(page.found(MetadataKind.DATE, date, numeric.start(), numeric.end(), NAME)));
        }
        Matcher worded = WORDED.matcher(page.folded());
        while (worded.find()) {
            dateOf(worded.group(1), worded.group(2), worded.group(3))
                    .ifPresent(date -> found.add(page.found(MetadataKind.DATE, date, worded.start(), worded.end(), NAME)));
        }
        return found;
    }

    /** A word whose letters OCR may have split with single spaces. */
    static String loose(String word) {
        return String.join(" ?", word.split(""));
    }

    private static Optional<String> dateOf(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
