package vn.hoso.archive.audit;

/** The kinds of break verification tells apart. */
public enum ChainBreak {
    /**
     * The event row no longer hashes to its link while the link agrees with its neighbours: payload, metadata,
     * type or time edited.
     */
    EVENT_ALTERED,
    /** A link exists for a global index whose event row is gone. */
    EVENT_DELETED,
    /** The row at a global index is not the event its link was written for, or a stream's sequence goes backwards. */
    EVENTS_REORDERED,
    /** An event row has no link: it was not appended by the application (inserted by hand). */
    EVENT_WITHOUT_LINK,
    /** A link's hash or previous hash disagrees with its neighbours: the chain table was edited. */
    LINK_ALTERED,
    /** A stream skips sequence numbers with neither rows nor links: events deleted with their links. */
    EVENTS_MISSING
}
