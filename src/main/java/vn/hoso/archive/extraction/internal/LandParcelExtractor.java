package vn.hoso.archive.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Land parcels and their map sheets: {@code thửa đất số 125, tờ bản đồ số 12}, {@code thửa số 125 tờ số 12},
 * {@code tờ bản đồ số 12, thửa đất số 125}, or a parcel alone ({@code thửa đất số 125}), with or without diacritics.
 * A bare {@code thửa 125} counts only with its sheet after it ("thừa 5" is "5 too many"), and a sheet only with its
 * parcel ({@code tổ số 5} folds to the same letters as {@code tờ số 5}).
 */
final class LandParcelExtractor implements MetadataExtractor {

    static final String NAME = "land-parcel";

    private static final String NUMBER_SIGN = "\\s*(?:so\\s*)?[:.]?\\s*";
    private static final String SHEET = "to(?:\\s+ban\\s+do)?" + NUMBER_SIGN + "(\\d{1,4})(?!\\d)";
    private static final Pattern SHEET_THEN_PARCEL = Pattern.compile(
            "(?<![a-z])to\\s+ban\\s+do" + NUMBER_SIGN + "(\\d{1,4})\\s*[,;-]?\\s*thua(?:\\s+dat)?" + NUMBER_SIGN
                    + "(\\d{1,5})(?!\\d)");
    private static final Pattern PARCEL_THEN_SHEET = Pattern.compile(
            "(?<![a-z])thua(\\s+dat)?(\\s+so)?\\s*[:.]?\\s*(\\d{1,5})(?!\\d)(?:\\s*[,;(-]?\\s*(?:thuoc\\s+)?"
                    + SHEET + ")?");

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

    private static ExtractedValue parcel(PageText page, String parcel, String sheet, int start, int end) {
        String value = "thửa " + Integer.parseInt(parcel) + (sheet == null ? "" : ", tờ " + Integer.parseInt(sheet));
        return page.found(MetadataKind.LAND_PARCEL, value, start, end, NAME);
    }
}
