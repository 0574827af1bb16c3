package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.internal.ImportBatches.Lease;
import vn.hoso.archive.digitization.internal.ImportBatches.LeaseLost;
import vn.hoso.archive.eventstore.NodeName;

/**
 * Runs accepted batches on whichever node claims them, one batch at a time per node, in the background, through
 * {@link ManifestImport} (the code path of {@code ./hoso import}). Each node looks for a batch nobody holds every
 * poll interval (and at once when it accepts one), claims it under a lease ({@link ImportBatches}), renews the lease
 * while it runs and records each row's outcome under it. A node that lost its lease stops after the row in hand; the
 * node that claims the batch next goes on with the rows without an outcome, and a row cut off midway is imported
 * again, which finds the archive record and documents it made (by box/folder/item and by content): nothing twice.
 * A node that stops gives its batch up after the row in hand, so another takes it over at once.
 */
@Component
class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    /** How long a stopping node waits for the row in hand before it interrupts it. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final ManifestImport manifestImport;
    private final BatchUploads uploads;
    private final ImportBatches batches;
    private final String node;
    private final Duration lease;
    private final Duration pollInterval;
    private final ScheduledExecutorService importer = singleThread("batch-import");
    private final ScheduledExecutorService renewals = singleThread("batch-lease");
    private volatile boolean stopping;

    BatchRunner(ManifestImport manifestImport, BatchUploads uploads, ImportBatches batches, NodeName node,
                BatchUploadProperties properties) {
        this.manifestImport = manifestImport;
        this.uploads = uploads;
        this.batches = batches;
        this.node = node.value();
        this.lease = properties.lease();
        this.pollInterval = properties.pollInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        importer.scheduleWithFixedDelay(this::runClaimable, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for work now rather than at the next poll (a batch was just accepted here). */
    void wake() {
        if (!stopping) {
            importer.execute(this::runClaimable);
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        stopping = true;
        importer.shutdown();
        if (!importer.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            importer.shutdownNow();
        }
        renewals.shutdownNow();
    }

    private void runClaimable() {
        try {
            uploads.sweepWorkingCopies();
            boolean goOn = true;
            while (goOn && !stopping) {
                Optional<Lease> claimed = batches.claimNext(node, lease);
                goOn = claimed.isPresent() && run(claimed.get());
            }
        } catch (Exception e) {
            log.error("Looking for manifest batches to run failed; this node looks again in {}", pollInterval, e);
        }
    }

    /**
     * True when the batch went through; false when this node lost the lease, stops, or the run failed: it then claims
     * nothing more until its next look, leaving the batch to the other nodes for now.
     */
    private boolean run(Lease held) {
        log.info("Node {} runs manifest batch {}", node, held.batchId());
        long period = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> renew(held), period, period,
                TimeUnit.MILLISECONDS);
        try {
            importRows(held);
            return true;
        } catch (LeaseLost lost) {
            log.warn("{}: it stops here, the node holding the batch now goes on", lost.getMessage());
        } catch (NodeStopping stop) {
            batches.release(held);
        } catch (Exception e) {
            log.error("Manifest batch {} stopped; any node takes it up at its next look", held.batchId(), e);
            batches.release(held);
        } finally {
            renewal.cancel(false);
        }
        return false;
    }

    private void importRows(Lease held) throws IOException {
        ImportBatches.Batch batch = batches.find(held.batchId()).orElseThrow();
        Set<Integer> through = batches.rows(held.batchId()).stream().map(ImportBatches.RecordedRow::rowNumber)
                .collect(Collectors.toSet());
        if (through.size() < batch.rowCount()) {
            try {
                importRemaining(held, batch, through);
            } catch (ImportRefusal refused) {
                log.error("Manifest batch {} stops: {}; its remaining rows cannot be imported", held.batchId(),
                        refused.getMessage());
                batches.fail(held, refused.code());
                uploads.discard(held.batchId());
                return;
            }
        }
        uploads.discard(held.batchId());
        batches.finish(held);
    }

    /** Refused when the stored upload is gone ({@code BATCH_UPLOAD_LOST}) or no longer passes its checks. */
    private void importRemaining(Lease held, ImportBatches.Batch batch, Set<Integer> through)
            throws ImportRefusal, IOException {
        Path root = uploads.workingCopy(held.batchId()).orElseThrow(() -> new ImportRefusal("BATCH_UPLOAD_LOST"));
        List<ArchiveManifest.Row> remaining = manifestImport.readManifest(root).stream()
                .filter(row -> !through.contains(row.rowNumber())).toList();
        manifestImport.importRows(root, remaining, batch.actor(), outcome -> {
            batches.record(held, lease, outcome);
            if (stopping) {
                throw new NodeStopping();
            }
        });
    }

    /** A renewal that finds the lease lost ends; the next row's outcome is refused and the run stops there. */
    private void renew(Lease held) {
        boolean renewed;
        try {
            renewed = batches.renew(held, lease);
        } catch (RuntimeException e) {
            log.warn("Renewing the lease on manifest batch {} failed; trying again", held.batchId(), e);
            return;
        }
        if (!renewed) {
            log.warn("Node {} lost its lease on manifest batch {}", node, held.batchId());
            throw new LeaseLost(held);
        }
    }

    private static final class NodeStopping extends RuntimeException {
        NodeStopping() {
            super("This node is stopping", null, false, false);
        }
    }

    private static ScheduledExecutorService singleThread(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
