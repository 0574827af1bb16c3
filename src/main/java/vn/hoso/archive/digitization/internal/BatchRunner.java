package vn.hoso.archive.digitization.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports accepted batches one at a time, in the background, through {@link ManifestImport} (the code path of
 * {@code ./hoso import}). Each row's outcome is recorded as soon as the row is through; at start, every batch not
 * through yet goes on with the rows that have no outcome. A row cut off by a crash is imported again, which finds
 * the archive record and documents it made (by box/folder/item and by content), so nothing is imported twice.
 */
@Component
class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final ManifestImport manifestImport;
    private final BatchUploads uploads;
    private final ImportBatches batches;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread importer = new Thread(work, "batch-import");
        importer.setDaemon(true);
        return importer;
    });

    BatchRunner(ManifestImport manifestImport, BatchUploads uploads, ImportBatches batches) {
        this.manifestImport = manifestImport;
        this.uploads = uploads;
        this.batches = batches;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        List<String> unfinished = batches.unfinished();
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} manifest batch(es) cut off by the last stop", unfinished.size());
        }
        unfinished.forEach(this::submit);
    }

    /** Queues the batch unless it is queued already (accepted while the start-up resumption was queuing it). */
    void submit(String batchId) {
        if (queued.add(batchId)) {
            thread.execute(() -> {
                try {
                    run(batchId);
                } finally {
                    queued.remove(batchId);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void run(String batchId) {
        try {
            ImportBatches.Batch batch = batches.find(batchId).orElseThrow();
            if (batch.importedAt() != null || batch.failureCode() != null) {
                return;
            }
            Optional<Path> root = uploads.root(batchId);
            if (root.isEmpty()) {
                log.error("The upload of manifest batch {} is gone: its remaining rows cannot be imported", batchId);
                batches.fail(batchId, "BATCH_UPLOAD_LOST");
                return;
            }
            manifestImport.importRows(root.get(), rowsNotThrough(batchId, root.get()), batch.actor(),
                    outcome -> batches.record(batchId, outcome));
            batches.finish(batchId);
            uploads.discard(batchId);
        } catch (Exception e) {
            log.error("Manifest batch {} stopped; it goes on at the next start", batchId, e);
        }
    }

    private List<ArchiveManifest.Row> rowsNotThrough(String batchId, Path root) throws ImportRefusal, IOException {
        Set<Integer> through = batches.rows(batchId).stream().map(ImportBatches.RecordedRow::rowNumber)
                .collect(Collectors.toSet());
        return manifestImport.readManifest(root).stream().filter(row -> !through.contains(row.rowNumber())).toList();
    }
}
