package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.digitization.DocumentIntake.AcceptedDocument;

/**
 * {@code ./hoso import DIR} once the application is up: imports the folder's manifest rows, then follows the imported
 * documents through OCR until each is completed or failed, with a progress bar on {@code err} and one line per row
 * and a closing {@code key=value} line on {@code out}. Exit code 0 when every row and document went through, 1 when
 * any failed, 2 when the manifest itself was refused (nothing imported).
 */
@Component
class BatchImportRun {

    private static final Duration POLL = Duration.ofMillis(500);
    /** Waiting for OCR stops when no page was recognized for this long; the pipeline goes on at the next start. */
    private static final Duration STALLED = Duration.ofMinutes(10);

    private final ManifestImport manifestImport;
    private final EventStore eventStore;
    private final RefusalMessages messages;

    BatchImportRun(ManifestImport manifestImport, EventStore eventStore, RefusalMessages messages) {
        this.manifestImport = manifestImport;
        this.eventStore = eventStore;
        this.messages = messages;
    }

    int run(Path folder, Actor actor, PrintStream out, PrintStream err, boolean terminal)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<ArchiveManifest.Row> rows;
        try {
            rows = manifestImport.readManifest(folder);
        } catch (ImportRefusal refusal) {
            err.printf("hoso import: %s: %s%n", refusal.code(),
                    messages.describe(refusal.code(), refusal.arguments(), RefusalMessages.VIETNAMESE));
            return 2;
        }
        List<ManifestImport.RowOutcome> outcomes = importRows(folder, rows, actor, out, new ProgressBar(err, terminal));
        List<String> documentIds = outcomes.stream().flatMap(outcome -> outcome.documents().stream())
                .map(AcceptedDocument::documentId).distinct().toList();
        DigitizationWatch watch = new DigitizationWatch(eventStore, documentIds);
        int pages = outcomes.stream().mapToInt(ManifestImport.RowOutcome::pageCount).sum();
        if (!awaitDigitization(watch, rows.size(), pages, new ProgressBar(err, terminal))) {
            err.printf("hoso import: no page was recognized for %d minutes; the documents not finished yet are "
                    + "digitized at the next start%n", STALLED.toMinutes());
        }
        watch.failures().forEach((document, failure) -> out.printf("document %s: %s%n", document, failure));
        long failedRows = outcomes.stream().filter(ManifestImport.RowOutcome::failed).count();
        out.printf("rows=%d created=%d found=%d failed=%d documents=%d pages=%d pages_recognized=%d "
                        + "documents_failed=%d wall_s=%.1f%n", rows.size(), count(outcomes, ManifestImport.Status.CREATED),
                count(outcomes, ManifestImport.Status.FOUND), failedRows, documentIds.size(), pages,
                watch.pagesRecognized(), watch.failures().size(), (System.nanoTime() - start) / 1e9);
        return failedRows == 0 && watch.failures().isEmpty() && watch.allFinished() ? 0 : 1;
    }

    private List<ManifestImport.RowOutcome> importRows(Path folder, List<ArchiveManifest.Row> rows, Actor actor,
                                                       PrintStream out, ProgressBar bar) throws IOException {
        int[] done = {0, 0};
        List<ManifestImport.RowOutcome> outcomes = manifestImport.importRows(folder, rows, actor, outcome -> {
            out.println(describe(outcome));
            done[0]++;
            done[1] += outcome.pageCount();
            bar.show("import", done[0], rows.size(), done[1], 0);
        });
        bar.finish();
        return outcomes;
    }

    /** False when it stopped waiting because OCR made no progress for {@link #STALLED}. */
    private static boolean awaitDigitization(DigitizationWatch watch, int rows, int pages, ProgressBar bar)
            throws InterruptedException {
        int lastCount = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            watch.refresh();
            bar.show("OCR", rows, rows, watch.pagesRecognized(), pages);
            if (watch.allFinished()) {
                bar.finish();
                return true;
            }
            if (watch.pagesRecognized() != lastCount) {
                lastCount = watch.pagesRecognized();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALLED.toNanos()) {
                bar.finish();
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    static String describe(ManifestImport.RowOutcome outcome) {
        if (outcome.failed()) {
            return String.format("row %d (%s): FAILED %s: %s", outcome.rowNumber(), outcome.key(), outcome.code(),
                    outcome.message());
        }
        return String.format("row %d (%s): %s %s, %d documents, %d pages", outcome.rowNumber(), outcome.key(),
                outcome.status(), outcome.dossierId(), outcome.documents().size(), outcome.pageCount());
    }

    private static long count(List<ManifestImport.RowOutcome> outcomes, ManifestImport.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
