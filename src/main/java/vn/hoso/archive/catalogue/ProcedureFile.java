package vn.hoso.archive.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated procedure file described in {@code catalogue/README.md}: a header line, then one procedure a line. */
public final class ProcedureFile {

    private static final int COLUMNS = 9;
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private ProcedureFile() {
    }

    /** A line that is not a procedure, or a file that is not UTF-8 text; {@code line} is 1-based (0: the whole file). */
    public static class InvalidLineException extends RuntimeException {
        private final int line;

        InvalidLineException(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<Procedure> read(InputStream in) {
        List<Procedure> procedures = new ArrayList<>();
        String[] lines = lines(in);
        for (int index = 1; index < lines.length; index++) {
            if (!lines[index].isBlank()) {
                procedures.add(parse(lines[index], index + 1));
            }
        }
        return procedures;
    }

    private static String[] lines(InputStream in) {
        try {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new InvalidLineException(0, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
            for (int index = 0; index < lines.length; index++) {
                lines[index] = utf8(lines[index].getBytes(StandardCharsets.ISO_8859_1), index + 1);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] line, int lineNumber) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidLineException(lineNumber, "not UTF-8 text");
        }
    }

    private static Procedure parse(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new InvalidLineException(lineNumber, "expected " + COLUMNS + " tab-separated columns, found "
                    + cells.length);
        }
        try {
            List<String> documents = Arrays.stream(cells[7].split(";")).map(String::strip)
                    .filter(document -> !document.isEmpty()).toList();
            return new Procedure(cells[0].strip(), cells[5].strip(), cells[6].strip(), cells[1].strip(),
                    Procedure.OnlineLevel.valueOf(cells[2].strip()), Integer.parseInt(cells[3].strip()),
                    parseBoolean(cells[4].strip()), documents, cells[8].strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidLineException(lineNumber, e.getMessage());
        }
    }

    private static boolean parseBoolean(String cell) {
        if (!cell.equals("true") && !cell.equals("false")) {
            throw new IllegalArgumentException("village_confirmation must be true or false, not " + cell);
        }
        return Boolean.parseBoolean(cell);
    }
}
