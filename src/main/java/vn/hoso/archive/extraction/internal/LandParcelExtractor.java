package vn.hoso.archive.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Land parcels and their map sheets: {@code thửa đất số 125, tờ bản đồ số 12}, {@code thửa số 125 tờ số 12},
 * {@code tờ bản đồ số 12, thửa đất số 125}, {@code Thửa đất số: 210; b) Tờ bản đồ số: 15}, or a parcel alone
 * ({@code thửa đất số 56a}), with or without diacritics. A bare {@code thửa 125} counts only with its sheet after it
 * ("thừa 5" is "5 too many"), and a sheet only with its parcel ({@code tổ số 5} folds to the same letters as
 * {@code tờ số 5}). A sheet named once for several parcels ({@code cùng tờ bản đồ}) is not carried over.
 */
final class LandParcelExtractor implements MetadataExtractor {

    static final String NAME = "land-parcel";

    private static final String NUMBER_SIGN = "\\s*(?:so\\s*)?[:.]?\\s*";
    private static final String PARCEL_NUMBER = "(\\d{1,5}[a-z]?)(?![\\da-z])";
    /** Between a parcel and its sheet: punctuation, a form's item letter ({@code ; b)}), "thuộc" or "tại". */
    private static final String BETWEEN = "\\s*[,;(-]?\\s*(?:[a-z]\\)\\s*)?(?:(?:thuoc|tai)\\s+)?";
    private static final String SHEET = "to(?:\\s+ban\\s+do)?" + NUMBER_SIGN + "(\\d{1,4})(?!\\d)";
    private static final Pattern SHEET_THEN_PARCEL = Pattern.compile(
            "(?<![a-z])" + SHEET + BETWEEN + "thua(?:\\s+dat)?" + NUMBER_SIGN + PARCEL_NUMBER);
    private static final Pattern PARCEL_THEN_SHEET = Pattern.compile(
            "(?<![a-z])thua(\\s+dat)?(\\s+so)?\\s*[:.]?\\s*" + PARCEL_NUMBER + "(?:" + BETWEEN + SHEET + ")?");

    @Override
    public List<ExtractedValue> extract(PageText page) {
        List<ExtractedValue> found = new ArrayList<>();
        Matcher sheetFirst = SHEET_THEN_PARCEL.matcher(page.folded());
        while (sheetFirst.find()) {
            found.add(parcel(page, sheetFirst.group(2), sheetFirst.group(1), sheetFirst.start(), sheetFirst.end()));
        }
        Matcher parcelFirst = PARCEL_THEN_SHEET.matcher(page.folded());
        while (parcelFirst.find()) {
            boolean named = parcelFirst.group(1) != null || parcelFirst.group(2) != null || parcelFirst.group(4) != null;
            if (named && !MetadataExtractor.insideAny(found, parcelFirst.start())) {
                found.add(parcel(page, parcelFirst.group(3), parcelFirst.group(4), parcelFirst.start(), parcelFirst.end()));
            }
        }
        return found;
    }

    private static String withoutLeadingZeros(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }

    private static ExtractedValue parcel(PageText page, String parcel, String sheet, int start, int end) {
        String value = "thửa " + withoutLeadingZeros(parcel) + (sheet == null ? "" : ", tờ " + withoutLeadingZeros(sheet));
        return page.found(MetadataKind.LAND_PARCEL, value, start, end, NAME);
    }
}
