package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DigitizationFailure;

/**
 * The "check readable" stage for files taken from a folder (manifest batches, the hot folder): whatever can be known
 * without decoding pages is checked before anything is stored, so a refused file leaves nothing behind. The type
 * comes from the bytes; a name's extension is ignored, whatever it claims.
 */
@Component
class DocumentPreflight {

    private final MediaTypeDetector detector;
    private final PageImages pageImages;

    DocumentPreflight(MediaTypeDetector detector, PageImages pageImages) {
        this.detector = detector;
        this.pageImages = pageImages;
    }

    record Inspected(String mediaType, int pageCount) {
    }

    Inspected inspect(Path file) throws IOException, UnreadableDocumentException {
        if (Files.size(file) == 0) {
            throw new UnreadableDocumentException(DigitizationFailure.EMPTY_FILE, "The file is empty");
        }
        String mediaType = detector.detect(file);
        if (!detector.isSupported(mediaType)) {
            throw new UnreadableDocumentException(DigitizationFailure.UNSUPPORTED_MEDIA_TYPE,
                    mediaType);
        }
        return new Inspected(mediaType, pageImages.inspect(file, mediaType));
    }
}
