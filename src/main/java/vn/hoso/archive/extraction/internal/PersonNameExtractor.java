package vn.hoso.archive.extraction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hoso.archive.extraction.ExtractedValue;
import vn.hoso.archive.extraction.MetadataKind;

/**
 * Person names: two to five capitalized syllables on the same line after the title {@code ông}, {@code bà} or
 * {@code Ông/Bà} in any case ({@code ong} without its accent is taken too, {@code ba} is not: it is also a number and
 * a place, Ba Đình) or after a name label ({@code Họ và tên:}, {@code Họ tên người mua:}, {@code Tôi tên là}).
 * A name alone on its line under a signer's role ({@code CHỦ TỊCH}, {@code Người làm đơn}, {@code (Ký, ghi rõ họ
 * tên)}) is a signatory. A title right after a place word ({@code đường Bà Triệu}, {@code chợ Bà Chiểu}) names a
 * place, not a person.
 */
final class PersonNameExtractor implements MetadataExtractor {

    static final String NAME = "person-name";

    private static final Pattern TITLE = Pattern.compile("(?<![\\p{L}/])(?:(?iu:ông/bà|ông|bà)|Ong|ong)[ \\t]*:?[ \\t]+");
    private static final Pattern LABEL = Pattern.compile(
            "(?<![a-z])(?:ho va ten|ho ten(?: [a-z]+){0,3}|ten la)[ \\t]*:?[ \\t]*");
    /** Syllables one space apart: a wider gap is a form's next column ({@code Trần Văn Tư      Năm sinh}). */
    private static final Pattern NAME_SYLLABLES = Pattern.compile(
            "\\p{Lu}(?:\\p{Ll}{0,6}|\\p{Lu}{0,6})(?: \\p{Lu}(?:\\p{Ll}{0,6}|\\p{Lu}{0,6})){1,4}(?![\\p{L}\\d])");
    /** A signature block: the name alone on a line below the signer's role or "(Ký, ghi rõ họ tên)". */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?:ho ten\\)|chu tich|giam doc|nguoi viet don|nguoi lam don|nguoi khai)[ \\t]*\\n(?:[ \\t]*\\n){0,3}[ \\t]*");
    private static final Pattern LINE_END = Pattern.compile("[ \\t]*(?:\\n|$)");
    /** Accented, since without accents they are everyday words: {@code cấp cho ông An} is not {@code chợ}. */
    private static final Set<String> PLACE_WORDS = Set.of("đường", "phố", "chợ", "cầu", "chùa", "đền", "miếu", "ngõ",
            "hẻm", "xã", "phường", "quận", "huyện", "tỉnh", "thôn", "ấp", "sông", "hồ", "núi", "tượng");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[ \\t]*$");
    /** Capitalized words that end a name when a line runs on: {@code Ông Nguyễn Văn An Chủ tịch UBND}. */
    private static final Set<String> NOT_IN_NAMES = Set.of("Chủ", "Chức", "Trưởng", "Phó", "Giám", "Địa", "Số", "Ngày",
            "Tại", "Là", "Và", "CCCD", "CMND");

    @Override
    public List<ExtractedValue> extract(PageText page) {
        List<ExtractedValue> found = new ArrayList<>();
        Matcher title = TITLE.matcher(page.text());
        while (title.find()) {
            if (!afterPlaceWord(page, title.start())) {
                nameAt(page, title.end()).ifPresent(found::add);
            }
        }
        Matcher label = LABEL.matcher(page.folded());
        while (label.find()) {
            nameAt(page, label.end()).ifPresent(found::add);
        }
        Matcher signature = SIGNATURE.matcher(page.folded());
        while (signature.find()) {
            nameAt(page, signature.end()).filter(name -> endsItsLine(page, name.end())).ifPresent(found::add);
        }
        return found;
    }

    private static boolean afterPlaceWord(PageText page, int titleStart) {
        Matcher before = WORD_BEFORE.matcher(page.text()).region(Math.max(0, titleStart - 12), titleStart);
        return before.find() && PLACE_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean endsItsLine(PageText page, int offset) {
        return LINE_END.matcher(page.text()).region(offset, page.text().length()).lookingAt();
    }

    private static Optional<ExtractedValue> nameAt(PageText page, int from) {
        Matcher name = NAME_SYLLABLES.matcher(page.text()).region(from, page.text().length());
        if (!name.lookingAt()) {
            return Optional.empty();
        }
        List<String> syllables = Arrays.stream(name.group().split(" "))
                .takeWhile(syllable -> !NOT_IN_NAMES.contains(syllable))
                .toList();
        if (syllables.size() < 2) {
            return Optional.empty();
        }
        String value = syllables.stream().map(PersonNameExtractor::capitalized).collect(Collectors.joining(" "));
        int end = name.start() + String.join(" ", syllables).length();
        return Optional.of(page.found(MetadataKind.PERSON_NAME, value, name.start(), end, NAME));
    }

    private static String capitalized(String syllable) {
        return syllable.charAt(0) + syllable.substring(1).toLowerCase(Locale.ROOT);
    }
}
