package vn.hoso.archive.digitization.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract through tess4j's direct binding to Debian's libtesseract. A Tesseract handle is not thread-safe, so each
 * thread keeps its own per language string, made on first use and freed when the engine closes. Each page is
 * recognized once; text, mean word confidence and word count come from that one pass.
 */
class TesseractOcrEngine implements OcrEngine, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcrEngine.class);
    /** Symbols are looked up on first call, so functions newer than Debian's libtesseract do not break loading. */
    private static final TessAPI TESSERACT = TessAPI.INSTANCE;
    private static final int PAGE_SEGMENTATION = TessPageSegMode.PSM_AUTO;

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
    public RecognizedPage recognize(BufferedImage page, String languages) {
        long start = System.nanoTime();
        Lock lock = lifecycle.readLock();
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("The OCR engine is closed");
            }
            return recognize(handleFor(languages), toCompactGray(page), start);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public OcrProvenance provenance(String languages) {
        return new OcrProvenance("tesseract", version, models.sha256Of(languages),
                "oem=LSTM psm=" + PAGE_SEGMENTATION + " dpi=" + sourceDpi);
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

    private RecognizedPage recognize(TessBaseAPI handle, BufferedImage gray, long start) {
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        TESSERACT.TessBaseAPISetImage(handle, ByteBuffer.wrap(pixels), gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        TESSERACT.TessBaseAPISetSourceResolution(handle, sourceDpi);
        try {
            if (TESSERACT.TessBaseAPIRecognize(handle, null) != 0) {
                throw new IllegalStateException("Tesseract could not recognize the page");
            }
            String text = utf8Text(handle);
            int[] confidences = wordConfidences(handle);
            double mean = Arrays.stream(confidences).average().orElse(0);
            return new RecognizedPage(text.strip(), mean, confidences.length, (System.nanoTime() - start) / 1_000_000);
        } finally {
            TESSERACT.TessBaseAPIClear(handle);
        }
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
        TESSERACT.TessBaseAPISetPageSegMode(handle, PAGE_SEGMENTATION);
        allHandles.add(handle);
        log.debug("Tesseract handle for '{}' on thread {}", languages, Thread.currentThread().getName());
        return handle;
    }

    private static String utf8Text(TessBaseAPI handle) {
        Pointer text = TESSERACT.TessBaseAPIGetUTF8Text(handle);
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            TESSERACT.TessDeleteText(text);
        }
    }

    /** The confidence of every recognized word: an array that Tesseract ends with -1 and the caller frees. */
    private static int[] wordConfidences(TessBaseAPI handle) {
        IntByReference array = TESSERACT.TessBaseAPIAllWordConfidences(handle);
        if (array == null) {
            return new int[0];
        }
        Pointer pointer = array.getPointer();
        int count = 0;
        while (pointer.getInt(4L * count) != -1) {
            count++;
        }
        int[] confidences = pointer.getIntArray(0, count);
        TESSERACT.TessDeleteIntArray(pointer.getByteBuffer(0, 4L * (count + 1)).asIntBuffer());
        return confidences;
    }

    /** An 8-bit gray copy whose bytes are exactly width × height, transparent areas laid over white. */
    private static BufferedImage toCompactGray(BufferedImage image) {
        if (isCompactGray(image)) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    private static boolean isCompactGray(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getSampleModel() instanceof ComponentSampleModel layout
                && layout.getScanlineStride() == image.getWidth()
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes
                && bytes.getData().length == image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    private static void warnIfOpenMpUnbounded() {
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            log.warn("OMP_THREAD_LIMIT is {} (not 1): Tesseract's OpenMP threads will compete with the page threads;"
                    + " set it in the environment before the JVM starts", System.getenv("OMP_THREAD_LIMIT"));
        }
    }
}
