package vn.hoso.archive.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Land-use certificate numbers: the printed serial ({@code BĐ 123456}, {@code CS 00123}: two capital letters and
 * 4–8 digits) when a certificate is named shortly before it (giấy chứng nhận, GCN, số phát hành, số seri, sổ đỏ,
 * sổ hồng) or, printed on a line of its own, anywhere before it on the page; and the register entry after {@code số vào sổ (cấp GCN)} ({@code CH 01234}, or digits alone). Invoice
 * symbols ({@code AB/26P}), staff codes and document numbers ({@code 867/HĐLĐ/2026}) do not have that context.
 */
final class CertificateSerialExtractor implements MetadataExtractor {

    static final String NAME = "certificate-serial";

    private static final int CONTEXT_REACH = 80;
    private static final Pattern SERIAL = Pattern.compile("(?<![\\p{L}\\d])([A-ZĐ]{2})[ -]?(\\d{4,8})(?![\\p{L}\\d])");
    private static final Pattern CERTIFICATE_NAMED = Pattern.compile(
            "(?<![a-z])(?:giay chung nhan|gcn|so phat hanh|so seri|so se-ri|serial|so do|so hong)(?![a-z])");
    private static final Pattern REGISTER_ENTRY = Pattern.compile(
            "(?<![a-z])vao so(?:\\s+cap)?(?:\\s+(?:gcn|giay chung nhan))?(?:\\s+so)?\\s*[:.]?\\s*"
                    + "((?:[a-z]{1,3}[ -]?)?\\d{3,7})(?![a-z\\d])");

    @Override
    public List<ExtractedValue> extract(PageText page) {
        List<ExtractedValue> found = new ArrayList<>();
        Matcher serial = SERIAL.matcher(page.text());
        while (serial.find()) {
            if (certificateNamedBefore(page, serial.start()) || printedSerial(page, serial.start(), serial.end())) {
                String value = serial.group(1) + " " + serial.group(2);
                found.add(page.found(MetadataKind.CERTIFICATE_SERIAL, value, serial.start(), serial.end(), NAME));
            }
        }
        Matcher entry = REGISTER_ENTRY.matcher(page.folded());
        while (entry.find()) {
            if (MetadataExtractor.insideAny(found, entry.start(1))) {
                continue;
            }
            String value = normalized(page.slice(entry.start(1), entry.end(1)));
            found.add(page.found(MetadataKind.CERTIFICATE_SERIAL, value, entry.start(1), entry.end(1), NAME));
        }
        return found;
    }

    private static boolean certificateNamedBefore(PageText page, int offset) {
        return CERTIFICATE_NAMED.matcher(page.folded()).region(Math.max(0, offset - CONTEXT_REACH), offset).find();
    }

    /** The serial printed on its own line of a page that names a certificate anywhere before it. */
    private static boolean printedSerial(PageText page, int start, int end) {
        int lineStart = page.text().lastIndexOf('\n', start - 1) + 1;
        int lineEnd = page.text().indexOf('\n', end);
        boolean alone = page.slice(lineStart, start).isBlank()
                && page.slice(end, lineEnd < 0 ? page.text().length() : lineEnd).isBlank();
        return alone && CERTIFICATE_NAMED.matcher(page.folded()).region(0, start).find();
    }

    /** {@code ch-01234}, {@code CH01234} → {@code CH 01234}; digits alone stay as they are. */
    private static String normalized(String entry) {
        String compact = entry.replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
        int digits = compact.replaceAll("^\\D+", "").length();
        int letters = compact.length() - digits;
        return letters == 0 ? compact : compact.substring(0, letters) + " " + compact.substring(letters);
    }
}
