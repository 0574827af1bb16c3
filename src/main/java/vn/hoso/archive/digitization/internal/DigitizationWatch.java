package vn.hoso.archive.digitization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;

/** Follows documents through the pipeline by reading their event streams: pages recognized, finished or failed. */
final class DigitizationWatch {

    record DocumentState(int pagesRecognized, boolean finished, String failure) {
    }

    private final EventStore eventStore;
    private final Map<String, DocumentState> documents = new LinkedHashMap<>();

    DigitizationWatch(EventStore eventStore, List<String> documentIds) {
        this.eventStore = eventStore;
        documentIds.forEach(id -> documents.put(id, new DocumentState(0, false, null)));
    }

    /** Reads again the streams of the documents not finished yet. */
    void refresh() {
        documents.replaceAll((id, state) -> state.finished() ? state : read(id));
    }

    boolean allFinished() {
        return documents.values().stream().allMatch(DocumentState::finished);
    }

    int pagesRecognized() {
        return documents.values().stream().mapToInt(DocumentState::pagesRecognized).sum();
    }

    Map<String, String> failures() {
        Map<String, String> failures = new LinkedHashMap<>();
        documents.forEach((id, state) -> {
            if (state.failure() != null) {
                failures.put(id, state.failure());
            }
        });
        return failures;
    }

    private DocumentState read(String documentId) {
        int pages = 0;
        DomainEventStream stream = eventStore.readEvents(documentId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof PageTextRecognizedEvent) {
                pages++;
            } else if (event.getPayload() instanceof DigitizationCompletedEvent) {
                return new DocumentState(pages, true, null);
            } else if (event.getPayload() instanceof DigitizationFailedEvent failed) {
                return new DocumentState(pages, true, failed.failure().name());
            }
        }
        return new DocumentState(pages, false, null);
    }
}
