package vn.hoso.archive.audit;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hoso.archive.audit.ChainVerification.AnchorCheck;
import vn.hoso.archive.audit.ChainVerification.Finding;
import vn.hoso.archive.eventstore.EventChain;
import vn.hoso.archive.eventstore.StoredEvent;

/**
 * One pass over the event rows and chain links in global order. A link whose hash does not match its
 * event is judged at the stream's next link: if that link follows it, the event row was edited; if not, the link was.
 */
final class ChainWalk {

    record Link(long globalIndex, String record, long sequenceNumber, byte[] hash, byte[] previousHash) {

        /** The link at the cursor of a select of the chain table's columns in this order. */
        static Link read(ResultSet row) throws SQLException {
            return new Link(row.getLong(1), row.getString(2), row.getLong(3), row.getBytes(4), row.getBytes(5));
        }

        boolean isFor(StoredEvent event) {
            return record.equals(event.aggregateIdentifier()) && sequenceNumber == event.sequenceNumber();
        }
    }

    private static final class Stream {
        long lastSequence = -1;
        byte[] linkHead;
        byte[] recomputedHead;
        Finding mismatch;
    }

    private final ArchiveAnchoredEvent anchor;
    private final MessageDigest sha256 = EventChain.sha256();
    private final Map<String, Stream> streams = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private long events;
    private AnchorCheck anchorCheck;

    ChainWalk(ArchiveAnchoredEvent anchor) {
        this.anchor = anchor;
    }

    /** The event row and the chain link at the next global index in order; either may be missing. */
    void visit(StoredEvent event, Link link) {
        long position = event == null ? link.globalIndex() : event.globalIndex();
        if (anchor != null && anchorCheck == null && position > anchor.upToGlobalIndex()) {
            checkAnchor();
        }
        if (event == null) {
            deleted(link);
        } else if (link == null) {
            unlinked(event);
        } else if (!link.isFor(event)) {
            reordered(event, link);
        } else {
            linked(event, link);
        }
    }

    List<Finding> finish() {
        streams.values().stream().filter(stream -> stream.mismatch != null).forEach(stream -> findings.add(
                withDetail(stream.mismatch, "EVENT_ALTERED_AT_STREAM_HEAD")));
        if (anchor != null && anchorCheck == null) {
            checkAnchor();
        }
        findings.sort(Comparator.comparingLong(Finding::globalIndex));
        return findings;
    }

    long events() {
        return events;
    }

    long streams() {
        return streams.size();
    }

    AnchorCheck anchorCheck() {
        return anchorCheck;
    }

    private void linked(StoredEvent event, Link link) {
        Stream stream = stream(event.aggregateIdentifier());
        boolean gap = followSequence(stream, event);
        followLink(stream, link, gap);
        byte[] recomputed = EventChain.hash(sha256, stream.recomputedHead, event);
        byte[] expected = Arrays.equals(link.previousHash(), stream.recomputedHead)
                ? recomputed : EventChain.hash(sha256, link.previousHash(), event);
        if (!Arrays.equals(expected, link.hash())) {
            stream.mismatch = finding(ChainBreak.EVENT_ALTERED, event, "EVENT_ALTERED");
        }
        advance(stream, event, recomputed);
    }

    private void unlinked(StoredEvent event) {
        Stream stream = stream(event.aggregateIdentifier());
        followSequence(stream, event);
        findings.add(finding(ChainBreak.EVENT_WITHOUT_LINK, event, "EVENT_WITHOUT_LINK"));
        replay(stream, event);
    }

    private void deleted(Link link) {
        Stream stream = stream(link.record());
        findings.add(Finding.of(ChainBreak.EVENT_DELETED, link.record(), link.sequenceNumber(), link.globalIndex(),
                "EVENT_DELETED"));
        followLink(stream, link, false);
        stream.lastSequence = Math.max(stream.lastSequence, link.sequenceNumber());
    }

    private void reordered(StoredEvent event, Link link) {
        findings.add(finding(ChainBreak.EVENTS_REORDERED, event, "LINK_FOR_ANOTHER_EVENT", event.globalIndex(),
                event.aggregateIdentifier(), event.sequenceNumber(), link.record(), link.sequenceNumber()));
        Stream linkStream = stream(link.record());
        linkStream.linkHead = link.hash();
        linkStream.lastSequence = Math.max(linkStream.lastSequence, link.sequenceNumber());
        Stream stream = stream(event.aggregateIdentifier());
        stream.lastSequence = Math.max(stream.lastSequence, event.sequenceNumber());
        stream.recomputedHead = EventChain.hash(sha256, stream.recomputedHead, event);
        events++;
    }

    /** Reports a skipped or repeated sequence number; true when the stream does not follow on. */
    private boolean followSequence(Stream stream, StoredEvent event) {
        long expected = stream.lastSequence + 1;
        if (event.sequenceNumber() > expected) {
            findings.add(finding(ChainBreak.EVENTS_MISSING, event, "SEQUENCE_NUMBERS_GONE", expected,
                    event.sequenceNumber() - 1));
        } else if (event.sequenceNumber() < expected) {
            findings.add(finding(ChainBreak.EVENTS_REORDERED, event, "SEQUENCE_NUMBER_BACKWARDS",
                    event.sequenceNumber(), stream.lastSequence));
        }
        return event.sequenceNumber() != expected;
    }

    private void followLink(Stream stream, Link link, boolean afterGap) {
        boolean follows = Arrays.equals(link.previousHash(), stream.linkHead);
        if (stream.mismatch != null) {
            findings.add(follows ? stream.mismatch : Finding.of(ChainBreak.LINK_ALTERED, stream.mismatch.record(),
                    stream.mismatch.sequenceNumber(), stream.mismatch.globalIndex(), "LINK_MATCHES_NOTHING"));
            stream.mismatch = null;
        } else if (!follows && !afterGap) {
            findings.add(Finding.of(ChainBreak.LINK_ALTERED, link.record(), link.sequenceNumber(), link.globalIndex(),
                    "LINK_NOT_AFTER_PRECEDING"));
        }
        stream.linkHead = link.hash();
    }

    private void replay(Stream stream, StoredEvent event) {
        advance(stream, event, EventChain.hash(sha256, stream.recomputedHead, event));
    }

    private void advance(Stream stream, StoredEvent event, byte[] recomputed) {
        stream.recomputedHead = recomputed;
        stream.lastSequence = event.sequenceNumber();
        events++;
    }

    private void checkAnchor() {
        TreeMap<String, byte[]> heads = new TreeMap<>();
        streams.forEach((record, stream) -> {
            if (stream.recomputedHead != null) {
                heads.put(record, stream.recomputedHead);
            }
        });
        String root = ArchiveRoot.of(heads);
        anchorCheck = new AnchorCheck(anchor.anchorId(), anchor.upToGlobalIndex(), anchor.root(), root,
                root.equals(anchor.root()));
    }

    private Stream stream(String record) {
        return streams.computeIfAbsent(record, ignored -> new Stream());
    }

    private static Finding finding(ChainBreak kind, StoredEvent event, String detailCode, Object... arguments) {
        return Finding.of(kind, event.aggregateIdentifier(), event.sequenceNumber(), event.globalIndex(), detailCode,
                arguments);
    }

    private static Finding withDetail(Finding finding, String detailCode) {
        return Finding.of(finding.kind(), finding.record(), finding.sequenceNumber(), finding.globalIndex(), detailCode,
                finding.detailArguments().toArray());
    }
}
