package vn.hoso.archive.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search indices from the event store into a new generation while searches keep reading the old one:
 * new indices → the write aliases moved to them → the {@code search-index} processor's tokens set back to the start
 * of the event store (a replay: no OCR runs again, page text comes from the events) → once the processor has passed
 * every event stored when the rebuild started (by position), the read aliases switch, and the old generation is
 * deleted a little later, so searches and cursors opened on it finish. Events stored during the rebuild reach the new
 * generation only, so searches miss them until the switch. A rebuild cut off by a restart starts over: start-up sees
 * write and read aliases apart.
 */
@Component
class SearchRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    enum State { IDLE, RUNNING, DONE, FAILED }

    /**
     * Where the last rebuild is: events replayed of those stored when it started; {@code readIndex} is what searches
     * read now.
     */
    record Progress(State state, long replayedPosition, long headPosition, Instant startedAt, Instant finishedAt,
                    String readIndex, String buildingIndex, String failure) {
    }

    private final SearchIndexes indexes;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Progress progress;
    private ScheduledFuture<?> watching;
    private SearchIndexes.Generation building;
    private final Duration retireAfter;

    SearchRebuild(SearchIndexes indexes, EventProcessingConfiguration processing, EventStore eventStore,
                  TokenStore tokenStore, TransactionManager transactions,
                  @Value("${hoso.search.retire-old-indices-after:2m}") Duration retireAfter) {
        this.indexes = indexes;
        this.retireAfter = retireAfter;
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.progress = new Progress(State.IDLE, 0, 0, null, null, readIndex(), null, null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOutdatedIndices() {
        if (indexes.rebuildNeeded()) {
            log.info("The search indices are of an older mapping or a rebuild was cut off: rebuilding them");
            start();
        }
    }

    Progress progress() {
        return progress;
    }

    /** Starts a rebuild, or returns the one running. */
    synchronized Progress start() {
        if (progress.state() == State.RUNNING) {
            return progress;
        }
        StreamingEventProcessor processor = processor();
        long head = position(eventStore.createHeadToken());
        processor.shutDown();
        try {
            indexes.deleteUnread();
            building = indexes.createGeneration();
            indexes.pointWritesAt(building);
            rewindTokens();
        } finally {
            processor.start();
        }
        progress = new Progress(State.RUNNING, 0, head, Instant.now(), null, readIndex(),
                building.index(indexes.alias(SearchIndexes.PAGES)), null);
        watching = watcher.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Rebuilding the search indices into {} from {} stored events", progress.buildingIndex(), head);
        return progress;
    }

    /**
     * Sets the stopped processor's tokens back to the start of the event store. Plain tokens, not Axon's
     * {@code resetTokens()}: its replay token compares every event with the token taken at the reset, copying that
     * token's gaps each time, and a token taken while appends were in flight holds up to a batch's worth (a thousand)
     * of them; the rebuild spent half its time there. No handler of this processor needs to know it is replaying.
     */
    private void rewindTokens() {
        String name = SearchIndexer.PROCESSING_GROUP;
        TrackingToken start = eventStore.createTailToken();
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(name)) {
                tokenStore.fetchToken(name, segment);
                tokenStore.storeToken(start, name, segment);
            }
        });
    }

    private synchronized void check() {
        try {
            Map<Integer, EventTrackerStatus> status = processor().processingStatus();
            long position = status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                    .mapToLong(current -> current.orElse(0)).min().orElse(0);
            boolean catchingUp = status.isEmpty() || position < progress.headPosition()
                    || status.values().stream().anyMatch(EventTrackerStatus::isErrorState);
            if (catchingUp) {
                progress = withPosition(position, State.RUNNING, null, null);
                return;
            }
            Optional<SearchIndexes.Generation> old = indexes.readGeneration();
            indexes.pointReadsAt(building);
            old.ifPresent(this::retireLater);
            progress = withPosition(Math.max(position, progress.headPosition()), State.DONE, Instant.now(), null);
            log.info("Search now reads {}: rebuilt in {}", readIndex(), Duration.between(progress.startedAt(), progress.finishedAt()));
            watching.cancel(false);
        } catch (RuntimeException e) {
            log.error("Rebuilding the search indices failed; searches still read {}", readIndex(), e);
            progress = withPosition(progress.replayedPosition(), State.FAILED, Instant.now(), e.getMessage());
            watching.cancel(false);
        }
    }

    /** Searches and cursors opened on the old generation a moment ago still read it until it is deleted. */
    private void retireLater(SearchIndexes.Generation old) {
        watcher.schedule(() -> indexes.delete(old), retireAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Progress withPosition(long position, State state, Instant finishedAt, String failure) {
        return new Progress(state, position, progress.headPosition(), progress.startedAt(), finishedAt, readIndex(),
                state == State.RUNNING ? progress.buildingIndex() : null, failure);
    }

    private String readIndex() {
        return indexes.target(indexes.alias(SearchIndexes.PAGES)).orElse(null);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(SearchIndexer.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + SearchIndexer.PROCESSING_GROUP));
    }

    private static long position(TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(0);
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
    }
}
