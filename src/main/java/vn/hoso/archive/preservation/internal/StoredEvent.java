package vn.hoso.archive.preservation.internal;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import vn.hoso.archive.access.Actor;

/** One event of a record's stream, as a package tells it. */
record StoredEvent(String stream, long sequence, Instant timestamp, String type, String actor, Object payload) {

    static StoredEvent of(DomainEventMessage<?> message) {
        return new StoredEvent(message.getAggregateIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                message.getPayloadType().getSimpleName(), Actor.recordedIn(message.getMetaData()), message.getPayload());
    }

    String identifier() {
        return stream + "/" + sequence;
    }
}
