package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its bytes (Tika's magic-byte detection), never from the name a client gave it: a text
 * file named {@code scan.png} is text, a PDF named {@code scan.bin} is a PDF.
 */
@Component
class MediaTypeDetector {

    private static final Set<String> SUPPORTED = Set.of("image/png", "image/jpeg", "image/tiff", "application/pdf");

    private final Tika tika = new Tika();

    String detect(Path file) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return tika.detect(in);
        }
    }

    boolean isSupported(String mediaType) {
        return SUPPORTED.contains(mediaType);
    }
}
