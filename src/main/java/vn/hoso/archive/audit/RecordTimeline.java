package vn.hoso.archive.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What a record looked like at any instant: its events replayed from the first one (never from a snapshot) up to
 * and including those stored at that instant, and what changed between two instants.
 */
@Component
public class RecordTimeline {

    private final EventStore eventStore;

    RecordTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A record's fields at {@code at}; {@code eventsApplied} is 0 when the record did not exist yet. */
    public record State(String recordId, Instant at, int eventsApplied, Long lastSequence, Instant lastEventAt,
                        SortedMap<String, Object> fields) {
    }

    public record Change(String field, Object before, Object after) {
    }

    public record Difference(String recordId, Instant from, Instant to, int eventsBetween, List<Change> changes) {
    }

    /** Empty when no record has this identifier. */
    public Optional<State> stateAt(String recordId, Instant at) {
        DomainEventStream stream = eventStore.readEvents(recordId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        TreeMap<String, Object> fields = new TreeMap<>();
        int applied = 0;
        DomainEventMessage<?> last = null;
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(at)) {
            last = stream.next();
            RecordFields.apply(last.getPayload(), fields);
            applied++;
        }
        return Optional.of(new State(recordId, at, applied, last == null ? null : last.getSequenceNumber(),
                last == null ? null : last.getTimestamp(), fields));
    }

    public Optional<Difference> between(String recordId, Instant from, Instant to) {
        return stateAt(recordId, from).flatMap(before -> stateAt(recordId, to).map(after ->
                new Difference(recordId, from, to, after.eventsApplied() - before.eventsApplied(),
                        changes(before.fields(), after.fields()))));
    }

    private static List<Change> changes(Map<String, Object> before, Map<String, Object> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changes.add(new Change(name, before.get(name), after.get(name)));
            }
        }
        return changes;
    }
}
