package vn.hoso.archive.digitization.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private static final int SOURCE_DPI = 300;
    /** Symbols are looked up on first call, so functions newer than Debian's libtesseract do not break loading. */
    private static final TessAPI TESSERACT = TessAPI.INSTANCE;

    private final OcrModels models;
    private final String version;
    private final ThreadLocal<Map<String, TessBaseAPI>> handles = ThreadLocal.withInitial(HashMap::new);
    private final List<TessBaseAPI> allHandles = new CopyOnWriteArrayList<>();

    TesseractOcrEngine(OcrModels models) {
        this.models = models;
        this.version = TESSERACT.TessVersion();
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            log.warn("OMP_THREAD_LIMIT is not 1: Tesseract's OpenMP threads will compete with the page threads");
        }
    }

    @Override
    public RecognizedPage recognize(BufferedImage page, String languages) {
        long start = System.nanoTime();
        TessBaseAPI handle = handleFor(languages);
        BufferedImage gray = toGray(page);
        ByteBuffer pixels = ByteBuffer.wrap(((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
        TESSERACT.TessBaseAPISetImage(handle, pixels, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        TESSERACT.TessBaseAPISetSourceResolution(handle, SOURCE_DPI);
        if (TESSERACT.TessBaseAPIRecognize(handle, null) != 0) {
            throw new IllegalStateException("Tesseract could not recognize the page");
        }
        String text = utf8Text(handle);
        int[] confidences = wordConfidences(handle);
        TESSERACT.TessBaseAPIClear(handle);
        double mean = confidences.length == 0 ? 0 : java.util.Arrays.stream(confidences).average().orElse(0);
        return new RecognizedPage(text.strip(), mean, confidences.length, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public OcrProvenance provenance(String languages) {
        return new OcrProvenance("tesseract", version, models.sha256Of(languages), "oem=LSTM psm=AUTO dpi=" + SOURCE_DPI);
    }

    @Override
    public void close() {
        allHandles.forEach(handle -> {
            TESSERACT.TessBaseAPIEnd(handle);
            TESSERACT.TessBaseAPIDelete(handle);
        });
        allHandles.clear();
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
        TESSERACT.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        allHandles.add(handle);
        return handle;
    }

    private static String utf8Text(TessBaseAPI handle) {
        Pointer text = TESSERACT.TessBaseAPIGetUTF8Text(handle);
        try {
            return text.getString(0, "UTF-8");
        } finally {
            TESSERACT.TessDeleteText(text);
        }
    }

    private static int[] wordConfidences(TessBaseAPI handle) {
        IntByReference array = TESSERACT.TessBaseAPIAllWordConfidences(handle);
        Pointer pointer = array.getPointer();
        int count = 0;
        while (pointer.getInt(4L * count) != -1) {
            count++;
        }
        int[] confidences = pointer.getIntArray(0, count);
        TESSERACT.TessDeleteIntArray(pointer.getByteBuffer(0, 4L * (count + 1)).asIntBuffer());
        return confidences;
    }

    private static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }
}
