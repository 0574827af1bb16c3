package vn.hoso.archive.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.DocumentAttachedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;

/**
 * A record's history: a dossier's own event stream merged with the streams of the documents attached to it, or a
 * scanned document's stream alone, in the order the events were stored, each told as a sentence.
 */
@Component
public class RecordHistory {

    private final RecordStreams streams;
    private final HistorySentences sentences;

    RecordHistory(EventStore eventStore, HistorySentences sentences) {
        this.streams = new RecordStreams(eventStore);
        this.sentences = sentences;
    }

    /**
     * One event of a record. {@code role} is how the actor acted (OFFICIAL, SYSTEM, UNIDENTIFIED), {@code channel}
     * the reception channel for a receipt (and whatever channel the command named in its metadata otherwise).
     */
    public record Entry(String stream, long sequence, Instant timestamp, String type, String actor, String role,
                        String channel, String correlationId, String sentence, Object payload) {
    }

    /** Which events to show: types by simple name (all when empty) and a period (open ends when null). */
    public record Filter(Set<String> types, Instant from, Instant to) {

        public static final Filter ALL = new Filter(Set.of(), null, null);

        public Filter {
            types = Set.copyOf(types);
        }

        boolean accepts(DomainEventMessage<?> event) {
            return (types.isEmpty() || types.contains(event.getPayloadType().getSimpleName()))
                    && (from == null || !event.getTimestamp().isBefore(from))
                    && (to == null || !event.getTimestamp().isAfter(to));
        }
    }

    public boolean exists(String recordId) {
        return streams.exists(recordId);
    }

    /** The record's events passing {@code filter}, oldest first; empty when no record has this identifier. */
    public List<Entry> of(String recordId, Filter filter, Locale locale) {
        List<DomainEventMessage<?>> events = new ArrayList<>(streams.read(recordId));
        if (!events.isEmpty() && events.get(0).getPayload() instanceof DossierReceivedEvent) {
            events.stream()
                    .map(DomainEventMessage::getPayload)
                    .filter(DocumentAttachedEvent.class::isInstance)
                    .map(payload -> ((DocumentAttachedEvent) payload).documentId())
                    .distinct()
                    .toList()
                    .forEach(documentId -> events.addAll(streams.read(documentId)));
        }
        return events.stream()
                .filter(filter::accepts)
                .sorted(Comparator.comparing(DomainEventMessage<?>::getTimestamp)
                        .thenComparing(DomainEventMessage::getAggregateIdentifier)
                        .thenComparingLong(DomainEventMessage::getSequenceNumber))
                .map(event -> toEntry(event, locale))
                .toList();
    }

    private Entry toEntry(DomainEventMessage<?> event, Locale locale) {
        Map<String, ?> metaData = event.getMetaData();
        String actor = Actor.recordedIn(metaData);
        ActorRole role = ActorRole.of(actor);
        return new Entry(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                event.getPayloadType().getSimpleName(), actor, role.name(), channelOf(event),
                Objects.toString(metaData.get("correlationId"), null),
                sentences.tell(event.getPayload(), actor, role, locale), event.getPayload());
    }

    private static String channelOf(DomainEventMessage<?> event) {
        return event.getPayload() instanceof DossierReceivedEvent receipt
                ? receipt.channel().name() : Objects.toString(event.getMetaData().get("channel"), null);
    }
}
