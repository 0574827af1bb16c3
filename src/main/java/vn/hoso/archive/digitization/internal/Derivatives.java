package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DigitizationProperties;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent.StoredDerivative;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Keeps what an OCR run makes besides events, under {@code derivatives/<document>/run-<n>/}: each page image as
 * read (upright, straightened, grey JPEG) and its layout ({@link PageLayoutFile}) as soon as its page is read, then the searchable PDF, the text and the
 * hOCR of the whole document once every page is read.
 */
@Component
class Derivatives {

    private final ObjectStore store;
    private final SearchablePdf searchablePdf;

    Derivatives(ObjectStore store, DigitizationProperties properties) {
        this.store = store;
        this.searchablePdf = new SearchablePdf(properties.dpi());
    }

    /** One page as the PDF and hOCR need it: its text and layout, and where its image is stored. */
    record PageLayer(String text, SearchablePdf.Page layout, String imageKey) {
    }

    record Produced(StoredDerivative searchablePdf, StoredDerivative text, StoredDerivative hocr) {
    }

    @FunctionalInterface
    private interface FileWriting {
        void writeTo(Path file) throws IOException;
    }

    static ObjectKey pageImageKey(String documentId, int run, int pageNumber) {
        return key(documentId, run, "page-%04d.jpg".formatted(pageNumber));
    }

    private static ObjectKey pageLayoutKey(String documentId, int run, int pageNumber) {
        return key(documentId, run, "page-%04d.layout.tsv".formatted(pageNumber));
    }

    /** Stores a page's image and layout before the page is recorded; returns the image's key. */
    String storePage(String documentId, int run, int pageNumber, BufferedImage upright, SearchablePdf.Page layout)
            throws IOException {
        ObjectKey key = pageImageKey(documentId, run, pageNumber);
        stored(key, "image/jpeg", file -> {
            if (!ImageIO.write(upright, "jpg", file.toFile())) {
                throw new IllegalStateException("No JPEG writer for a " + upright.getType() + " image");
            }
        });
        stored(pageLayoutKey(documentId, run, pageNumber), "text/tab-separated-values; charset=utf-8", file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                PageLayoutFile.write(layout, out);
            }
        });
        return key.value();
    }

    /** A page recorded before a restart, as its stored image and layout left it. */
    PageLayer recordedPage(String documentId, int run, int pageNumber, String text) throws IOException {
        try (InputStream layout = store.get(pageLayoutKey(documentId, run, pageNumber))) {
            return new PageLayer(text, PageLayoutFile.read(layout), pageImageKey(documentId, run, pageNumber).value());
        }
    }

    Produced produce(String documentId, int run, String title, String engine, List<PageLayer> pages)
            throws IOException {
        List<SearchablePdf.Page> layouts = pages.stream().map(PageLayer::layout).toList();
        List<String> imageKeys = pages.stream().map(PageLayer::imageKey).toList();
        StoredDerivative pdf = stored(key(documentId, run, "searchable.pdf"), "application/pdf",
                file -> searchablePdf.write(layouts,
                        pageNumber -> store.get(new ObjectKey(imageKeys.get(pageNumber - 1))), title, file));
        StoredDerivative text = stored(key(documentId, run, "text.txt"), "text/plain; charset=utf-8",
                file -> Files.writeString(file, String.join("\n\f", pages.stream().map(PageLayer::text).toList()) + "\n"));
        StoredDerivative hocr = stored(key(documentId, run, "ocr.hocr"), "application/xhtml+xml", file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                Hocr.write(layouts, imageKeys, engine, out);
            }
        });
        return new Produced(pdf, text, hocr);
    }

    private StoredDerivative stored(ObjectKey key, String contentType, FileWriting writing) throws IOException {
        Path file = Files.createTempFile("hoso-derivative-", ".tmp");
        try {
            writing.writeTo(file);
            store.put(key, file, contentType);
            return new StoredDerivative(key.value(), OcrModels.sha256(file), Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ObjectKey key(String documentId, int run, String name) {
        return new ObjectKey("derivatives/" + documentId + "/run-" + run + "/" + name);
    }
}
