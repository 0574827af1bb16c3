package vn.hoso.archive.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine with its reads at the tail of the store paced: once a reader's fetch of tracked events
 * came back short of a full batch (it has caught up), its next fetch waits until {@code interval} has passed since.
 * The event processors follow the store through one reader, the embedded event store's producer, which otherwise
 * fetches as soon as any transaction commits and again until a fetch finds nothing: under a few hundred commits a
 * second, a database transaction for every one or two events. Paced, each fetch brings what the interval's commits
 * stored; processors see events at most {@code interval} later. A reader catching up gets full batches and never waits.
 */
final class TailPacedStorage extends JdbcEventStorageEngine {

    private final long intervalNanos;
    /** When the calling reader's last short fetch ended (each reader is one thread). */
    private final ThreadLocal<Long> caughtUpAt = new ThreadLocal<>();

    TailPacedStorage(JdbcEventStorageEngine.Builder builder, Duration interval) {
        super(builder);
        this.intervalNanos = interval.toNanos();
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        awaitInterval();
        List<? extends TrackedEventData<?>> events = super.fetchTrackedEvents(lastToken, batchSize);
        if (events.size() < batchSize) {
            caughtUpAt.set(System.nanoTime());
        } else {
            caughtUpAt.remove();
        }
        return events;
    }

    private void awaitInterval() {
        Long since = caughtUpAt.get();
        if (since == null) {
            return;
        }
        long remaining = since + intervalNanos - System.nanoTime();
        if (remaining > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(remaining);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
