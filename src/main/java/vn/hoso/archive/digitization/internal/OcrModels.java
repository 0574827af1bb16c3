package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Tesseract models in the models folder, checked at start-up against the SHA-256 sums in its
 * {@code MANIFEST.tsv}: a missing or altered model stops the application with a message naming the file.
 */
class OcrModels {

    static final String MANIFEST = "MANIFEST.tsv";
    private static final List<String> REQUIRED_COLUMNS = List.of("file", "language", "sha256");

    private final Path directory;
    private final Map<String, String> sha256ByLanguage;

    OcrModels(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.sha256ByLanguage = verify(this.directory);
    }

    /** The folder to give Tesseract as its data path. */
    Path directory() {
        return directory;
    }

    /** The SHA-256 of each model that a Tesseract language string such as {@code vie+eng} uses, in its order. */
    Map<String, String> sha256Of(String languages) {
        Map<String, String> sha256s = new LinkedHashMap<>();
        for (String language : languages.split("\\+")) {
            String sha256 = sha256ByLanguage.get(language);
            if (sha256 == null) {
                throw new IllegalArgumentException("No OCR model for language '" + language + "' in " + directory);
            }
            sha256s.put(language, sha256);
        }
        return sha256s;
    }

    private static Map<String, String> verify(Path directory) {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException("OCR model manifest " + manifest + " is missing; is hoso.digitization.models-dir right?");
        }
        try {
            return verifyRows(directory, Files.readAllLines(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OCR models in " + directory, e);
        }
    }

    private static Map<String, String> verifyRows(Path directory, List<String> lines) throws IOException {
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split("\t"));
        if (!header.containsAll(REQUIRED_COLUMNS)) {
            throw new IllegalStateException(MANIFEST + " in " + directory + " lacks the columns " + REQUIRED_COLUMNS);
        }
        Map<String, String> verified = new LinkedHashMap<>();
        for (int row = 1; row < lines.size(); row++) {
            if (!lines.get(row).isBlank()) {
                String[] cells = lines.get(row).split("\t", -1);
                if (cells.length != header.size()) {
                    throw new IllegalStateException(MANIFEST + " line " + (row + 1) + " has " + cells.length
                            + " columns, the header " + header.size());
                }
                String file = cells[header.indexOf("file")];
                String sha256 = verifyFile(modelFile(directory, file), cells[header.indexOf("sha256")]);
                verified.put(cells[header.indexOf("language")], sha256);
            }
        }
        return verified;
    }

    private static Path modelFile(Path directory, String name) {
        Path model = directory.resolve(name).normalize();
        if (!model.getParent().equals(directory)) {
            throw new IllegalStateException(MANIFEST + " names " + name + ", which is not a file in " + directory);
        }
        return model;
    }

    private static String verifyFile(Path model, String expectedSha256) throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("OCR model " + model + " listed in " + MANIFEST + " is missing");
        }
        String actual = sha256(model);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new IllegalStateException("OCR model " + model + " was altered: SHA-256 is " + actual
                    + ", " + MANIFEST + " expects " + expectedSha256);
        }
        return actual;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
