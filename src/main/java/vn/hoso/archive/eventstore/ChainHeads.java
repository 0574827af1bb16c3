package vn.hoso.archive.eventstore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chain hash of the last event of recently appended streams, known once the append committed, so the next
 * append to the stream need not read it back. A committed link never changes, so an entry is either the stream's
 * link at that sequence number or not asked for: an append whose stream moved on elsewhere (another node, a row
 * written by hand) misses and reads. Bounded: the streams appended to least recently are forgotten first.
 */
class ChainHeads {

    private record Head(long sequenceNumber, byte[] hash) {
    }

    private final Map<String, Head> heads;

    ChainHeads(int streams) {
        this.heads = new LinkedHashMap<>(streams, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > streams;
            }
        };
    }

    /** The committed link's hash of the stream's event at this sequence number, if it is the one remembered. */
    synchronized Optional<byte[]> hashOf(String aggregateIdentifier, long sequenceNumber) {
        Head head = heads.get(aggregateIdentifier);
        return head != null && head.sequenceNumber() == sequenceNumber ? Optional.of(head.hash()) : Optional.empty();
    }

    /** Remembers the links once the current transaction commits; outside a transaction, nothing. */
    void remember(List<ChainLink> links) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed(links);
                }
            });
        }
    }

    private synchronized void committed(List<ChainLink> links) {
        for (ChainLink link : links) {
            StoredEvent event = link.event();
            Head known = heads.get(event.aggregateIdentifier());
            if (known == null || known.sequenceNumber() < event.sequenceNumber()) {
                heads.put(event.aggregateIdentifier(), new Head(event.sequenceNumber(), link.hash()));
            }
        }
    }
}
