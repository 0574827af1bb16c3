package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A batch's {@code manifest.csv}: UTF-8 (a byte-order mark is allowed), comma-separated with RFC 4180 quoting, and a
 * header naming exactly the columns {@link #COLUMNS}, in that order. Each further line is one archive record; its
 * {@code pages} are file names relative to the batch folder, separated by {@code ;}, in page order. The whole file is
 * checked before any row is used: a manifest that is not UTF-8, has other columns or broken quoting is refused.
 */
final class ArchiveManifest {

    static final String FILE_NAME = "manifest.csv";
    static final List<String> COLUMNS = List.of("box", "folder", "item", "procedure", "year", "applicant", "village",
            "pages");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ArchiveManifest() {
    }

    /**
     * One line of the manifest as written; {@code rowNumber} is its record number counting the header as 1, as a
     * spreadsheet numbers rows. {@code fieldCount} tells a short or long line from a complete one.
     */
    record Row(int rowNumber, int fieldCount, String box, String folder, String item, String procedure, String year,
               String applicant, String village, List<String> pages) {
    }

    static List<Row> parse(byte[] manifest) throws ImportRefusal {
        String text = utf8(manifest);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(reader(text))) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    checkHeader(record);
                } else if (!isBlank(record)) {
                    rows.add(row(record));
                }
            }
            if (rows.isEmpty()) {
                throw new ImportRefusal("MANIFEST_EMPTY");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusal("MANIFEST_UNREADABLE", e.getMessage());
        }
    }

    private static String utf8(byte[] manifest) throws ImportRefusal {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(manifest)).toString();
        } catch (MalformedInputException e) {
            throw new ImportRefusal("MANIFEST_NOT_UTF8", lineOfFirstBadByte(manifest));
        } catch (CharacterCodingException e) {
            throw new ImportRefusal("MANIFEST_NOT_UTF8", 1);
        }
    }

    /** The line holding the first byte that is not UTF-8, counting from 1. */
    private static int lineOfFirstBadByte(byte[] manifest) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int index = 0; index < manifest.length; index++) {
            if (manifest[index] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(manifest, start, index - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = index + 1;
            }
        }
        return line;
    }

    private static Reader reader(String text) {
        return new StringReader(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
    }

    private static void checkHeader(CSVRecord header) throws ImportRefusal {
        List<String> found = header.stream().map(name -> name.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!found.equals(COLUMNS)) {
            throw new ImportRefusal("MANIFEST_COLUMNS", String.join(",", COLUMNS), String.join(",", found));
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static Row row(CSVRecord record) {
        String[] values = Arrays.copyOf(record.values(), COLUMNS.size());
        for (int index = 0; index < values.length; index++) {
            values[index] = values[index] == null ? "" : values[index].strip();
        }
        List<String> pages = Arrays.stream(values[7].split(";")).map(String::strip).filter(name -> !name.isEmpty())
                .toList();
        return new Row((int) record.getRecordNumber(), record.size(), values[0], values[1], values[2], values[3],
                values[4], values[5], values[6], pages);
    }
}
