package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.util.Version;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.digitization.DigitizationFailure;
import vn.hoso.archive.digitization.DigitizationProperties;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent.TextSource;
import vn.hoso.archive.digitization.ReOcrRequestedEvent;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Digitizes each registered document: check duplicate → fetch the original → born-digital text layer? take it →
 * otherwise split into page images and read them in parallel (bounded: one page image per OCR thread across all
 * documents read at once, plus the one each is splitting off, so the threads go on with another document's pages
 * while one document's last pages are read; {@link PageRecognition}: orientation, deskew, OCR, quality) → keep each page image and record
 * each page → searchable PDF, text and hOCR → complete. A re-OCR request runs the page stages again as a new run.
 * It runs as a streaming event processor, so a document whose completion was not recorded before a crash is picked
 * up again after restart: it goes on from the pages already recorded (they are not recognized again: their layout is
 * read back from the derivatives), and a run already finished is left alone.
 */
@Component
@ProcessingGroup(DigitizationPipeline.PROCESSING_GROUP)
class DigitizationPipeline {

    static final String PROCESSING_GROUP = "digitization";
    private static final Logger log = LoggerFactory.getLogger(DigitizationPipeline.class);
    private static final MetaData AS_DIGITIZATION = MetaData.with(Actor.METADATA_KEY, Actor.DIGITIZATION.name());
    /** Words below this confidence are offered to a reviewer as suggested fixes. */
    static final double UNCERTAIN_WORD_CONFIDENCE = 60;
    private static final int MAX_UNCERTAIN_WORDS = 50;

    private final ObjectStore store;
    private final PageImages pageImages;
    private final OcrEngine ocr;
    private final PageRecognition recognition;
    private final DigitizedOriginals originals;
    private final Derivatives derivatives;
    private final CommandGateway commands;
    private final DigitizationProperties properties;
    private final ExecutorService ocrThreads;
    /** One slot per OCR thread, shared by the documents read at once: their pages queue for the same threads. */
    private final Semaphore freeSlots;
    private final EventStore eventStore;

    DigitizationPipeline(ObjectStore store, PageImages pageImages, OcrEngine ocr, DigitizedOriginals originals,
                         Derivatives derivatives, CommandGateway commands, DigitizationProperties properties,
                         ExecutorService ocrThreads, EventStore eventStore) {
        this.store = store;
        this.pageImages = pageImages;
        this.ocr = ocr;
        this.recognition = new PageRecognition(ocr);
        this.originals = originals;
        this.derivatives = derivatives;
        this.commands = commands;
        this.properties = properties;
        this.ocrThreads = ocrThreads;
        this.freeSlots = new Semaphore(properties.effectiveOcrThreads());
        this.eventStore = eventStore;
    }

    /** One reading of one document: run 1 on registration, later runs on re-OCR requests. */
    private record Run(String documentId, int number, String sha256, String mediaType, String originalName,
                       String languages) {
    }

    @EventHandler
    void on(DocumentRegisteredEvent document) throws IOException, InterruptedException {
        String digitizedAs = originals.claim(document.sha256(), document.documentId());
        if (!digitizedAs.equals(document.documentId())) {
            send(new DocumentCommands.LinkDuplicate(document.documentId(), digitizedAs));
            return;
        }
        digitize(new Run(document.documentId(), 1, document.sha256(), document.mediaType(), document.originalName(),
                properties.languages()));
    }

    @EventHandler
    void on(ReOcrRequestedEvent request) throws IOException, InterruptedException {
        digitize(new Run(request.documentId(), request.run(), request.sha256(), request.mediaType(),
                request.originalName(), request.languages()));
    }

    private void digitize(Run run) throws IOException, InterruptedException {
        DocumentProgress progress = DocumentProgress.of(eventStore, run.documentId());
        if (progress.isDone(run.number())) {
            return;
        }
        Path original = fetchOriginal(run.sha256());
        try {
            List<String> textLayer = run.number() == 1 ? TextLayer.pagesOf(original, run.mediaType()).orElse(null) : null;
            int pageCount = textLayer != null ? recordTextLayer(run, textLayer)
                    : recognizePages(run, original, progress.recognizedPages());
            send(new DocumentCommands.CompleteDigitization(run.documentId(), run.number(), pageCount));
        } catch (UnreadableDocumentException e) {
            fail(run, e.failure(), e);
        } catch (OcrFailure e) {
            fail(run, DigitizationFailure.OCR_FAILED, e);
        } finally {
            Files.deleteIfExists(original);
        }
    }

    private void fail(Run run, DigitizationFailure failure, Exception e) {
        log.warn("Document {} ({}) cannot be digitized: {}", run.documentId(), run.originalName(), e.getMessage(), e);
        send(new DocumentCommands.FailDigitization(run.documentId(), run.number(), failure, e.getMessage()));
    }

    private Path fetchOriginal(String sha256) throws IOException {
        Path file = Files.createTempFile("hoso-original-", ".bin");
        try (InputStream in = store.get(ObjectKey.original(sha256))) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** A born-digital PDF: its own text per page, no OCR and no searchable copy (the original is searchable). */
    private int recordTextLayer(Run run, List<String> pages) {
        PageTextRecognizedEvent.Provenance provenance = new PageTextRecognizedEvent.Provenance("pdfbox",
                Version.getVersion(), null, Map.of(), "PDFTextStripper");
        for (int index = 0; index < pages.size(); index++) {
            String text = pages.get(index);
            PageTextRecognizedEvent.Measures measures = new PageTextRecognizedEvent.Measures(100,
                    text.split("\\s+").length, 1, 1, 0, 0, 0, false);
            send(new DocumentCommands.RecordPageText(run.documentId(), run.number(), index + 1, text,
                    TextSource.TEXT_LAYER, measures, provenance, List.of(), null));
        }
        return pages.size();
    }

    private int recognizePages(Run run, Path original, Map<Integer, String> recognizedBefore)
            throws IOException, InterruptedException, UnreadableDocumentException {
        List<Future<Derivatives.PageLayer>> pages = new ArrayList<>();
        int pageCount = pageImages.forEachPage(original, run.mediaType(), (pageNumber, image) -> {
            String recordedText = recognizedBefore.get(pageNumber);
            if (recordedText != null) {
                pages.add(CompletableFuture.completedFuture(
                        derivatives.recordedPage(run.documentId(), run.number(), pageNumber, recordedText)));
                return;
            }
            freeSlots.acquire();
            pages.add(ocrThreads.submit(() -> {
                try {
                    return recognizePage(run, pageNumber, image);
                } finally {
                    freeSlots.release();
                }
            }));
        });
        produceDerivatives(run, awaitAll(pages));
        return pageCount;
    }

    private Derivatives.PageLayer recognizePage(Run run, int pageNumber, BufferedImage image) throws IOException {
        PageRecognition.ReadPage page = readOrFail(image, run.languages());
        PageReading reading = page.reading();
        SearchablePdf.Page layout = new SearchablePdf.Page(page.upright().getWidth(), page.upright().getHeight(),
                page.words());
        String imageKey = derivatives.storePage(run.documentId(), run.number(), pageNumber, page.upright(), layout);
        OcrEngine.OcrProvenance engine = ocr.provenance(run.languages());
        send(new DocumentCommands.RecordPageText(run.documentId(), run.number(), pageNumber, reading.text(),
                TextSource.OCR, measures(reading), new PageTextRecognizedEvent.Provenance(engine.engine(),
                engine.engineVersion(), run.languages(), engine.modelSha256(),
                        engine.parameters() + "; " + PageRecognition.PREPARATION),
                uncertainWords(page.words()), imageKey));
        return new Derivatives.PageLayer(reading.text(), layout, imageKey);
    }

    private PageRecognition.ReadPage readOrFail(BufferedImage image, String languages) {
        try {
            return recognition.readWithImage(image, languages);
        } catch (RuntimeException e) {
            throw new OcrFailure(e);
        }
    }

    private static PageTextRecognizedEvent.Measures measures(PageReading reading) {
        return new PageTextRecognizedEvent.Measures(reading.meanConfidence(), reading.wordCount(), reading.coverage(),
                reading.quality(), reading.rotationDegrees(), reading.skewDegrees(), reading.durationMillis(),
                reading.quality() < PageQuality.ACCEPTABLE_SCORE);
    }

    private static List<PageTextRecognizedEvent.UncertainWord> uncertainWords(List<OcrEngine.RecognizedWord> words) {
        return words.stream()
                .filter(word -> word.confidence() < UNCERTAIN_WORD_CONFIDENCE && !word.text().isBlank())
                .limit(MAX_UNCERTAIN_WORDS)
                .map(word -> new PageTextRecognizedEvent.UncertainWord(word.text(), Math.round(word.confidence())))
                .toList();
    }

    private void produceDerivatives(Run run, List<Derivatives.PageLayer> pages) throws IOException {
        long start = System.nanoTime();
        Derivatives.Produced produced = derivatives.produce(run.documentId(), run.number(), run.originalName(),
                ocr.provenance(run.languages()).engine(), pages);
        log.info("Derivatives of document {} run {}: {} pages, searchable PDF {} bytes, in {} ms", run.documentId(),
                run.number(), pages.size(), produced.searchablePdf().sizeBytes(), (System.nanoTime() - start) / 1_000_000);
        send(new DocumentCommands.RecordSearchablePdf(run.documentId(), run.number(), pages.size(),
                produced.searchablePdf(), produced.text(), produced.hocr()));
    }

    /**
     * The pages' layers in page order. When the engine failed on a page, that is the run's failure (retriable,
     * {@link OcrFailure}), so one page the engine cannot read does not stop the pipeline; any other failure is
     * rethrown and the document retried.
     */
    private static List<Derivatives.PageLayer> awaitAll(List<Future<Derivatives.PageLayer>> pages)
            throws InterruptedException {
        List<Derivatives.PageLayer> layers = new ArrayList<>();
        for (Future<Derivatives.PageLayer> page : pages) {
            try {
                layers.add(page.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OcrFailure failure) {
                    throw failure;
                }
                throw new IllegalStateException("Page recognition failed; the document will be retried", e.getCause());
            }
        }
        return layers;
    }

    private void send(Object command) {
        commands.sendAndWait(command, AS_DIGITIZATION);
    }

    /** The OCR engine failed on a page it was given. */
    private static final class OcrFailure extends RuntimeException {
        OcrFailure(RuntimeException cause) {
            super("The OCR engine failed on a page: " + cause.getMessage(), cause);
        }
    }
}
