package vn.hoso.archive.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a piece of extracted metadata is, each with the normalized form its values take. */
public enum MetadataKind {
    /** A calendar date, as ISO {@code yyyy-MM-dd}. */
    DATE(MetadataKind::isIsoDate),
    /** A citizen ID: 12 digits (căn cước công dân) or 9 digits (chứng minh nhân dân), digits only. */
    CITIZEN_ID(Pattern.compile("\\d{9}|\\d{12}").asMatchPredicate()),
    /** A land parcel, with its map sheet when the text names one: {@code thửa 125, tờ 12}. */
    LAND_PARCEL(Pattern.compile("thửa [1-9]\\d{0,4}[a-z]?(, tờ [1-9]\\d{0,3})?").asMatchPredicate()),
    /** A certificate's serial or register entry, upper case, one space after the letters: {@code BĐ 123456}. */
    CERTIFICATE_SERIAL(Pattern.compile("(\\p{Lu}{1,3} )?\\d{3,8}").asMatchPredicate()),
    /** A person's full name, two to five syllables, each capitalized: {@code Nguyễn Văn An}. */
    PERSON_NAME(Pattern.compile("\\p{Lu}\\p{Ll}*( \\p{Lu}\\p{Ll}*){1,4}").asMatchPredicate());

    private final Predicate<String> normalForm;

    MetadataKind(Predicate<String> normalForm) {
        this.normalForm = normalForm;
    }

    /** Whether {@code value} is written in this kind's normalized form (an archivist's correction must be). */
    public boolean accepts(String value) {
        return value != null && normalForm.test(value);
    }

    private static boolean isIsoDate(String value) {
        try {
            return value.length() == 10 && LocalDate.parse(value) != null;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
