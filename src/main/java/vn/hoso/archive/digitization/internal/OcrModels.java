package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Collectors;

/**
 * The Tesseract models in the models folder, checked at start-up against the SHA-256 sums in its
 * {@code MANIFEST.tsv}: a missing or altered model stops the application with a message naming the file.
 */
class OcrModels {

    static final String MANIFEST = "MANIFEST.tsv";

    private final Path directory;
    private final Map<String, String> sha256ByLanguage;

    OcrModels(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.sha256ByLanguage = verify(this.directory);
    }

    Path directory() {
        return directory;
    }

    /** The SHA-256 of each model that a Tesseract language string such as {@code vie+eng} uses. */
    Map<String, String> sha256Of(String languages) {
        return List.of(languages.split("\\+")).stream().collect(Collectors.toMap(language -> language, language -> {
            String sha256 = sha256ByLanguage.get(language);
            if (sha256 == null) {
                throw new IllegalArgumentException("No OCR model for language '" + language + "' in " + directory);
            }
            return sha256;
        }, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> verify(Path directory) {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException("OCR model manifest " + manifest + " is missing; is hoso.digitization.models-dir right?");
        }
        Map<String, String> verified = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(manifest);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] cells = line.split("\t");
                    verified.put(cells[1], verifyFile(directory.resolve(cells[0]), cells[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OCR models in " + directory, e);
        }
        return verified;
    }

    private static String verifyFile(Path model, String expectedSha256) throws IOException {
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("OCR model " + model + " listed in " + MANIFEST + " is missing");
        }
        String actual = sha256(model);
        if (!actual.equals(expectedSha256)) {
            throw new IllegalStateException("OCR model " + model + " was altered: SHA-256 is " + actual
                    + ", " + MANIFEST + " expects " + expectedSha256);
        }
        return actual;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
