package vn.hoso.archive.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Citizen IDs: the first number after a context word (CCCD, CMND, căn cước, số định danh, chứng minh), within a few
 * words on the same line, taken when it has 12 digits (căn cước công dân, personal ID number) or 9 (old chứng minh
 * nhân dân). Digit groups split by single spaces or dots count as one number. Without a context word nothing is taken:
 * phone numbers, tax codes, bank accounts and parcel numbers have the same shapes.
 */
final class CitizenIdExtractor implements MetadataExtractor {

    static final String NAME = "citizen-id";

    private static final Pattern CONTEXT = Pattern.compile(
            "(?<![a-z])(?:cccd|cmnd|cmtnd|can cuoc|so dinh danh|chung minh)(?![a-z])");
    private static final Pattern NUMBER_AFTER_CONTEXT = Pattern.compile("[^\\d\\n]{0,30}?(\\d(?:[ .]?\\d)*)");
    private static final int CCCD_DIGITS = 12;
    private static final int CMND_DIGITS = 9;

    @Override
    public List<ExtractedValue> extract(PageText page) {
        List<ExtractedValue> found = new ArrayList<>();
        Matcher context = CONTEXT.matcher(page.folded());
        while (context.find()) {
            numberAfter(page, context.end()).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<ExtractedValue> numberAfter(PageText page, int from) {
        Matcher number = NUMBER_AFTER_CONTEXT.matcher(page.folded()).region(from, page.folded().length());
        if (!number.lookingAt()) {
            return Optional.empty();
        }
        String digits = number.group(1).replaceAll("\\D", "");
        if (digits.length() != CCCD_DIGITS && digits.length() != CMND_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(page.found(MetadataKind.CITIZEN_ID, digits, number.start(1), number.end(1), NAME));
    }
}
