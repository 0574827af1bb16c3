package vn.hoso.archive.digitization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Follows documents through the pipeline by reading their event streams: pages recognized, finished or failed. */
final class DigitizationWatch {

    private final EventStore eventStore;
    private final Map<String, DocumentProgress> documents = new LinkedHashMap<>();

    DigitizationWatch(EventStore eventStore, List<String> documentIds) {
        this.eventStore = eventStore;
        documentIds.forEach(id -> documents.put(id, DocumentProgress.started()));
    }

    /** Reads again the streams of the documents not finished yet. */
    void refresh() {
        documents.replaceAll((id, progress) -> progress.finished() ? progress : DocumentProgress.of(eventStore, id));
    }

    boolean allFinished() {
        return documents.values().stream().allMatch(DocumentProgress::finished);
    }

    int pagesRecognized() {
        return documents.values().stream().mapToInt(progress -> progress.recognizedPages().size()).sum();
    }

    Map<String, String> failures() {
        Map<String, String> failures = new LinkedHashMap<>();
        documents.forEach((id, progress) -> {
            if (progress.failure() != null) {
                failures.put(id, progress.failure());
            }
        });
        return failures;
    }
}
