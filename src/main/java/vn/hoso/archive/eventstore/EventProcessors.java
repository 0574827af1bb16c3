package vn.hoso.archive.eventstore;

/** Names of event processors that more than one module's handlers share. */
public final class EventProcessors {

    /** The SQL read models (processing groups {@code dossier-list} and {@code portal-feed}). */
    public static final String SQL_READ_MODELS = "read-models";

    private EventProcessors() {
    }
}
