package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Digitizes each registered document: fetch the original → split into page images → recognize pages in parallel
 * (bounded: one page image per OCR thread, plus the one being read) → record each page → complete.
 * It runs as a streaming event processor, so a document whose completion was not recorded before a crash is picked
 * up again after restart: it goes on from the pages already recorded (they are not recognized again), and a document
 * already finished is left alone.
 */
@Component
@ProcessingGroup(DigitizationPipeline.PROCESSING_GROUP)
class DigitizationPipeline {

    static final String PROCESSING_GROUP = "digitization";
    private static final Logger log = LoggerFactory.getLogger(DigitizationPipeline.class);
    private static final MetaData AS_DIGITIZATION = MetaData.with(Actor.METADATA_KEY, Actor.DIGITIZATION.name());

    private final ObjectStore store;
    private final PageImages pageImages;
    private final OcrEngine ocr;
    private final CommandGateway commands;
    private final DigitizationProperties properties;
    private final ExecutorService ocrThreads;
    private final EventStore eventStore;

    DigitizationPipeline(ObjectStore store, PageImages pageImages, OcrEngine ocr, CommandGateway commands,
                         DigitizationProperties properties, ExecutorService ocrThreads, EventStore eventStore) {
        this.eventStore = eventStore;
        this.store = store;
        this.pageImages = pageImages;
        this.ocr = ocr;
        this.commands = commands;
        this.properties = properties;
        this.ocrThreads = ocrThreads;
    }

    @EventHandler
    void on(DocumentRegisteredEvent document) throws IOException, InterruptedException {
        DocumentProgress progress = DocumentProgress.of(eventStore, document.documentId());
        if (progress.finished()) {
            return;
        }
        Path original = fetchOriginal(document.sha256());
        try {
            int pageCount = recognizePages(document, original, progress.recognizedPages());
            send(new DocumentCommands.CompleteDigitization(document.documentId(), pageCount));
        } catch (UnreadableDocumentException e) {
            log.warn("Document {} ({}) cannot be digitized: {}", document.documentId(), document.originalName(), e.getMessage());
            send(new DocumentCommands.FailDigitization(document.documentId(), e.failure(), e.getMessage()));
        } finally {
            Files.deleteIfExists(original);
        }
    }

    private Path fetchOriginal(String sha256) throws IOException {
        Path file = Files.createTempFile("hoso-original-", ".bin");
        try (InputStream in = store.get(ObjectKey.original(sha256))) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private int recognizePages(DocumentRegisteredEvent document, Path original, Set<Integer> recognizedBefore)
            throws IOException, InterruptedException, UnreadableDocumentException {
        int threads = properties.effectiveOcrThreads();
        Semaphore freeSlots = new Semaphore(threads);
        List<Future<?>> pages = new ArrayList<>();
        int pageCount = pageImages.forEachPage(original, document.mediaType(), (pageNumber, image) -> {
            if (recognizedBefore.contains(pageNumber)) {
                return;
            }
            freeSlots.acquire();
            pages.add(ocrThreads.submit(() -> {
                try {
                    recognizePage(document, pageNumber, image);
                } finally {
                    freeSlots.release();
                }
            }));
        });
        awaitAll(pages);
        return pageCount;
    }

    private void recognizePage(DocumentRegisteredEvent document, int pageNumber, BufferedImage image) {
        String languages = properties.languages();
        OcrEngine.RecognizedPage page = ocr.recognize(image, languages);
        OcrEngine.OcrProvenance provenance = ocr.provenance(languages);
        send(new DocumentCommands.RecordPageText(document.documentId(), pageNumber, page.text(),
                page.meanWordConfidence(), page.wordCount(), page.durationMillis(), provenance.engine(),
                provenance.engineVersion(), languages, provenance.modelSha256()));
    }

    private static void awaitAll(List<Future<?>> pages) throws InterruptedException {
        for (Future<?> page : pages) {
            try {
                page.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Page recognition failed; the document will be retried", e.getCause());
            }
        }
    }

    private void send(Object command) {
        commands.sendAndWait(command, AS_DIGITIZATION);
    }
}
