package vn.hoso.archive.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of receipt codes, e.g. {@code {office}-{yyMMdd}-{seq:4}}: {@code {office}} is the office code, a
 * date pattern in braces formats the day of receipt, {@code {seq:N}} is the day's running number padded to N digits.
 * A format must name the day and the number, or codes would repeat.
 */
final class DossierCodeFormat {

    private static final Pattern TOKEN = Pattern.compile("\\{([^}]+)}");
    private static final Pattern SEQUENCE = Pattern.compile("seq(?::(\\d))?");

    private final String format;

    DossierCodeFormat(String format) {
        this.format = format;
        LocalDate day = LocalDate.of(2025, 1, 1);
        boolean namesTheDay = distinct(day, day.plusDays(1)) && distinct(day, day.plusMonths(1))
                && distinct(day, day.plusYears(1));
        if (!format.contains("{seq") || !namesTheDay) {
            throw new IllegalArgumentException("Receipt code format '" + format
                    + "' must contain the whole day (e.g. {yyMMdd}) and the number ({seq:4})");
        }
        new DossierId(format("THANHOAI", LocalDate.of(2025, 12, 31), 9999));
    }

    private boolean distinct(LocalDate one, LocalDate other) {
        return !format("X", one, 1).equals(format("X", other, 1));
    }

    String format(String office, LocalDate day, int number) {
        Matcher tokens = TOKEN.matcher(format);
        StringBuilder code = new StringBuilder();
        while (tokens.find()) {
            tokens.appendReplacement(code, Matcher.quoteReplacement(value(tokens.group(1), office, day, number)));
        }
        tokens.appendTail(code);
        return code.toString();
    }

    private static String value(String token, String office, LocalDate day, int number) {
        if (token.equals("office")) {
            return office;
        }
        Matcher sequence = SEQUENCE.matcher(token);
        if (sequence.matches()) {
            int width = sequence.group(1) == null ? 1 : Integer.parseInt(sequence.group(1));
            return String.format("%0" + width + "d", number);
        }
        return DateTimeFormatter.ofPattern(token).format(day);
    }
}
