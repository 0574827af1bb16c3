package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import vn.hoso.archive.digitization.DigitizationFailure;

/**
 * Reads files through the page stages without storing anything: pages of all files run in parallel on a fixed
 * number of threads, while at most one decoded page per thread (plus the one being decoded) is held in memory. The
 * calling thread decodes the next page while the threads read theirs, and goes on into the next file while the last
 * pages of a file are still being read, so the threads do not wait at file boundaries. Each page's decoding time
 * (the caller's time, elapsed and CPU, from handing over the previous page, including opening the file) is kept with
 * its stage times.
 * Outcomes are handed over file by file in the order given; a file that cannot be read fails alone.
 */
final class DocumentBatch implements AutoCloseable {

    private final PageRecognition recognition;
    private final PageImages pageImages;
    private final MediaTypeDetector mediaTypes = new MediaTypeDetector();
    private final String languages;
    private final ExecutorService threads;
    private final Semaphore freeSlots;

    DocumentBatch(PageRecognition recognition, PageImages pageImages, String languages, int threadCount) {
        this.recognition = recognition;
        this.pageImages = pageImages;
        this.languages = languages;
        this.threads = Executors.newFixedThreadPool(threadCount);
        this.freeSlots = new Semaphore(threadCount);
    }

    /** One file's result: its pages in order, or why it could not be read. */
    record DocumentOutcome(Path file, List<PageReading> pages, String failure, long durationMillis) {

        boolean failed() {
            return failure != null;
        }

        String text() {
            return String.join("\n\f", pages.stream().map(PageReading::text).toList()) + "\n";
        }
    }

    void read(List<Path> files, Consumer<DocumentOutcome> inOrder) throws InterruptedException {
        Deque<PendingDocument> pending = new ArrayDeque<>();
        for (Path file : files) {
            pending.add(submit(file));
            while (!pending.isEmpty() && pending.peek().isDone()) {
                inOrder.accept(pending.poll().await());
            }
        }
        while (!pending.isEmpty()) {
            inOrder.accept(pending.poll().await());
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private PendingDocument submit(Path file) throws InterruptedException {
        long start = System.nanoTime();
        List<Future<PageReading>> pages = new ArrayList<>();
        long[] decodingSince = {start, StageTimes.threadCpuNanos()};
        try {
            pageImages.forEachPage(file, checkedMediaType(file), (pageNumber, image) -> {
                StageTimes times = new StageTimes();
                times.record(PageStage.DECODE, System.nanoTime() - decodingSince[0],
                        StageTimes.threadCpuNanos() - decodingSince[1]);
                freeSlots.acquire();
                pages.add(threads.submit(() -> {
                    try {
                        return recognition.read(image, languages, times);
                    } finally {
                        freeSlots.release();
                    }
                }));
                decodingSince[0] = System.nanoTime();
                decodingSince[1] = StageTimes.threadCpuNanos();
            });
            return new PendingDocument(file, pages, null, start);
        } catch (UnreadableDocumentException e) {
            return failed(file, e.getMessage(), start);
        } catch (IOException e) {
            return failed(file, "cannot be read: " + e.getMessage(), start);
        }
    }

    private String checkedMediaType(Path file) throws IOException, UnreadableDocumentException {
        if (!Files.exists(file)) {
            throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT, "not a regular file");
        }
        String mediaType = mediaTypes.detect(file);
        if (!mediaTypes.isSupported(mediaType)) {
            throw new UnreadableDocumentException(DigitizationFailure.UNSUPPORTED_MEDIA_TYPE, "unsupported file type " + mediaType
                    + " (PNG, JPEG, TIFF or PDF expected)");
        }
        return mediaType;
    }

    /** Pages already submitted finish and are dropped: cancelling one before it starts would keep its slot taken. */
    private static PendingDocument failed(Path file, String failure, long start) {
        return new PendingDocument(file, List.of(), failure, start);
    }

    private record PendingDocument(Path file, List<Future<PageReading>> pages, String failure, long startNanos) {

        boolean isDone() {
            return pages.stream().allMatch(Future::isDone);
        }

        DocumentOutcome await() throws InterruptedException {
            List<PageReading> readings = new ArrayList<>();
            for (int index = 0; index < pages.size() && failure == null; index++) {
                try {
                    readings.add(pages.get(index).get());
                } catch (ExecutionException e) {
                    return outcome(List.of(), "page " + (index + 1) + " could not be recognized: " + e.getCause().getMessage());
                }
            }
            return outcome(failure == null ? readings : List.of(), failure);
        }

        private DocumentOutcome outcome(List<PageReading> readings, String why) {
            return new DocumentOutcome(file, readings, why, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }
}
