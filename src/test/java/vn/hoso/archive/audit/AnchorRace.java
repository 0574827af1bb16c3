package vn.hoso.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An anchor taken while an append is still open below later committed events: the anchor must wait for it, so the
 * event it commits falls inside what the anchor sealed and verification still matches the anchor.
 */
record AnchorRace(ArchiveAnchors anchors, EventStore eventStore, TransactionTemplate transactions, JdbcTemplate jdbc,
                  ChainVerification verification) {

    /** A payload for events published straight to the store. */
    record ProbeEvent(String note) {
    }

    void assertAnchorWaitsForAppendInFlight() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> late = threads.submit(() -> transactions.execute(status -> {
                long index = publish("late");
                appended.countDown();
                awaitQuietly(commit);
                return index;
            }));
            assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
            long committedMeanwhile = transactions.execute(status -> publish("meanwhile"));
            Future<ArchiveAnchoredEvent> anchor = threads.submit(anchors::anchor);
            Thread.sleep(500);
            assertThat(anchor).isNotDone();

            commit.countDown();
            long lateIndex = late.get(30, TimeUnit.SECONDS);
            ArchiveAnchoredEvent sealed = anchor.get(30, TimeUnit.SECONDS);
            assertThat(lateIndex).isLessThan(committedMeanwhile);
            assertThat(sealed.upToGlobalIndex()).isGreaterThanOrEqualTo(committedMeanwhile);
            assertThat(verification.verify().anchor().matches()).isTrue();
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    /** Publishes a probe event in the current transaction and returns its global index. */
    private long publish(String note) {
        String record = "PROBE-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Probe", record, 0, new ProbeEvent(note)));
        return jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?",
                Long.class, record);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
