package vn.hoso.archive.digitization.internal;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.ReOcrRequestedEvent;

/**
 * How far a scanned document's current run has come, read from its whole event stream: the run, the text of each page
 * already recorded in it, and whether it finished (completed, failed with {@code failure}, or linked as a duplicate).
 */
record DocumentProgress(int run, Map<Integer, String> recognizedPages, boolean finished, String failure) {

    static DocumentProgress started() {
        return new DocumentProgress(1, Map.of(), false, null);
    }

    static DocumentProgress of(EventStore eventStore, String documentId) {
        int run = 1;
        Map<Integer, String> pages = new HashMap<>();
        boolean finished = false;
        String failure = null;
        DomainEventStream stream = eventStore.readEvents(documentId, 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof PageTextRecognizedEvent page) {
                pages.putIfAbsent(page.pageNumber(), page.text());
            } else if (event instanceof ReOcrRequestedEvent request) {
                run = request.run();
                pages.clear();
                finished = false;
                failure = null;
            } else if (event instanceof DigitizationFailedEvent failed) {
                finished = true;
                failure = failed.failure().name();
            } else if (event instanceof DigitizationCompletedEvent || event instanceof DuplicateDetectedEvent) {
                finished = true;
            }
        }
        return new DocumentProgress(run, pages, finished, failure);
    }

    /** Whether the given run has nothing left to do: it finished, or a later run replaced it. */
    boolean isDone(int givenRun) {
        return finished || givenRun != run;
    }
}
