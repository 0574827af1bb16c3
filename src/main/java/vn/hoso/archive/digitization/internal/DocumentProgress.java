package vn.hoso.archive.digitization.internal;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import vn.hoso.archive.digitization.DigitizationCompletedEvent;
import vn.hoso.archive.digitization.DigitizationFailedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;

/**
 * How far a scanned document has come, read from its whole event stream: the pages already recognized, and whether
 * digitization finished (completed, or failed with {@code failure}).
 */
record DocumentProgress(Set<Integer> recognizedPages, boolean finished, String failure) {

    static DocumentProgress of(EventStore eventStore, String documentId) {
        Set<Integer> pages = new HashSet<>();
        DomainEventStream stream = eventStore.readEvents(documentId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof PageTextRecognizedEvent page) {
                pages.add(page.pageNumber());
            } else if (event.getPayload() instanceof DigitizationCompletedEvent) {
                return new DocumentProgress(pages, true, null);
            } else if (event.getPayload() instanceof DigitizationFailedEvent failed) {
                return new DocumentProgress(pages, true, failed.failure().name());
            }
        }
        return new DocumentProgress(pages, false, null);
    }
}
