package vn.hoso.archive.digitization.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract through tess4j's direct binding to Debian's libtesseract. A Tesseract handle is not thread-safe, so each
 * thread keeps its own per language string, made on first use and freed when the engine closes. Each page is
 * recognized once; text, word boxes and their mean confidence come from that one pass. Orientation detection uses
 * the legacy {@code osd} model through its own handles.
 */
class TesseractOcrEngine implements OcrEngine, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcrEngine.class);
    /** Symbols are looked up on first call, so functions newer than Debian's libtesseract do not break loading. */
    private static final TessAPI TESSERACT = TessAPI.INSTANCE;
    /**
     * A strip of one text line is read as one block without layout analysis: PSM 7 (single line) returned nothing on
     * a strip once it was straightened (the turned edges of the scan beside the line), PSM 6 reads it.
     */
    private static final Map<Layout, Integer> PAGE_SEGMENTATION = Map.of(Layout.PAGE, TessPageSegMode.PSM_AUTO,
            Layout.SINGLE_LINE, TessPageSegMode.PSM_SINGLE_BLOCK);
    /** The pseudo-language of Tesseract's orientation and script model. */
    private static final String OSD = "osd";

    private final OcrModels models;
    private final int sourceDpi;
    private final String version;
    private final ThreadLocal<Map<String, TessBaseAPI>> handles = ThreadLocal.withInitial(HashMap::new);
    private final List<TessBaseAPI> allHandles = new CopyOnWriteArrayList<>();
    /** Recognitions hold the read lock; close() takes the write lock so no handle is freed while in use. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    /** @param sourceDpi the resolution Tesseract is told the pages have (the rasterizing resolution for PDFs) */
    TesseractOcrEngine(OcrModels models, int sourceDpi) {
        this.models = models;
        this.sourceDpi = sourceDpi;
        this.version = TESSERACT.TessVersion();
        warnIfOpenMpUnbounded();
    }

    @Override
    public RecognizedPage recognize(BufferedImage page, String languages, Layout layout) {
        long start = System.nanoTime();
        return whileOpen(() -> recognize(handleFor(languages), GrayImages.toCompactGray(page), layout, start));
    }

    @Override
    public Optional<PageOrientation> detectOrientation(BufferedImage page) {
        return whileOpen(() -> detectOrientation(handleFor(OSD), GrayImages.toCompactGray(page)));
    }

    @Override
    public OcrProvenance provenance(String languages) {
        return new OcrProvenance("tesseract", version, models.sha256Of(languages),
                "oem=LSTM psm=" + PAGE_SEGMENTATION.get(Layout.PAGE) + " (" + PAGE_SEGMENTATION.get(Layout.SINGLE_LINE)
                        + " on an image of one text line) dpi=" + sourceDpi);
    }

    @Override
    public void close() {
        Lock lock = lifecycle.writeLock();
        lock.lock();
        try {
            closed = true;
            allHandles.forEach(TESSERACT::TessBaseAPIDelete);
            allHandles.clear();
        } finally {
            lock.unlock();
        }
    }

    private <T> T whileOpen(Supplier<T> work) {
        Lock lock = lifecycle.readLock();
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The OCR engine is closed");
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private RecognizedPage recognize(TessBaseAPI handle, BufferedImage gray, Layout layout, long start) {
        TESSERACT.TessBaseAPISetPageSegMode(handle, PAGE_SEGMENTATION.get(layout));
        setImage(handle, gray);
        try {
            if (TESSERACT.TessBaseAPIRecognize(handle, null) != 0) {
                throw new IllegalStateException("Tesseract could not recognize the page");
            }
            String text = utf8Text(handle);
            List<RecognizedWord> words = words(handle);
            double mean = words.stream().mapToDouble(RecognizedWord::confidence).average().orElse(0);
            return new RecognizedPage(text.strip(), mean, words.size(), (System.nanoTime() - start) / 1_000_000, words);
        } finally {
            TESSERACT.TessBaseAPIClear(handle);
        }
    }

    /** Tesseract's orientation and script detection; empty when the page holds too few letters to tell. */
    private Optional<PageOrientation> detectOrientation(TessBaseAPI handle, BufferedImage gray) {
        setImage(handle, gray);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            if (TESSERACT.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, new PointerByReference(),
                    scriptConfidence) == 0) {
                return Optional.empty();
            }
            return Optional.of(new PageOrientation(degrees.get(0), confidence.get(0)));
        } finally {
            TESSERACT.TessBaseAPIClear(handle);
        }
    }

    private void setImage(TessBaseAPI handle, BufferedImage gray) {
        TESSERACT.TessBaseAPISetImage(handle, ByteBuffer.wrap(GrayImages.pixels(gray)), gray.getWidth(), gray.getHeight(),
                1, gray.getWidth());
        TESSERACT.TessBaseAPISetSourceResolution(handle, sourceDpi);
    }

    private TessBaseAPI handleFor(String languages) {
        return handles.get().computeIfAbsent(languages, this::newHandle);
    }

    private TessBaseAPI newHandle(String languages) {
        models.sha256Of(languages);
        TessBaseAPI handle = TESSERACT.TessBaseAPICreate();
        if (TESSERACT.TessBaseAPIInit3(handle, models.directory().toString(), languages) != 0) {
            TESSERACT.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not load '" + languages + "' from " + models.directory());
        }
        if (OSD.equals(languages)) {
            TESSERACT.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_OSD_ONLY);
            // Detection warns "Invalid resolution 0 dpi" on every page whatever resolution it is given
            TESSERACT.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        }
        allHandles.add(handle);
        log.debug("Tesseract handle for '{}' on thread {}", languages, Thread.currentThread().getName());
        return handle;
    }

    private static String utf8Text(TessBaseAPI handle) {
        return takeText(TESSERACT.TessBaseAPIGetUTF8Text(handle));
    }

    /** The text Tesseract handed over, which it then frees. */
    private static String takeText(Pointer text) {
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            TESSERACT.TessDeleteText(text);
        }
    }

    /** Every recognized word's box in page pixels and its confidence, in reading order. */
    private static List<RecognizedWord> words(TessBaseAPI handle) {
        TessResultIterator iterator = TESSERACT.TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return List.of();
        }
        try {
            return words(iterator);
        } finally {
            TESSERACT.TessResultIteratorDelete(iterator);
        }
    }

    private static List<RecognizedWord> words(TessResultIterator iterator) {
        TessPageIterator page = TESSERACT.TessResultIteratorGetPageIterator(iterator);
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        List<RecognizedWord> words = new ArrayList<>();
        int line = -1;
        do {
            if (TESSERACT.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                line++;
            }
            if (TESSERACT.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom) != 0) {
                Rectangle box = new Rectangle(left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
                words.add(new RecognizedWord(wordText(iterator), box,
                        TESSERACT.TessResultIteratorConfidence(iterator, TessPageIteratorLevel.RIL_WORD), Math.max(line, 0)));
            }
        } while (TESSERACT.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_WORD) != 0);
        return words;
    }

    private static String wordText(TessResultIterator iterator) {
        return takeText(TESSERACT.TessResultIteratorGetUTF8Text(iterator, TessPageIteratorLevel.RIL_WORD));
    }

    private static void warnIfOpenMpUnbounded() {
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            log.warn("OMP_THREAD_LIMIT is {} (not 1): Tesseract's OpenMP threads will compete with the page threads;"
                    + " set it in the environment before the JVM starts", System.getenv("OMP_THREAD_LIMIT"));
        }
    }
}
