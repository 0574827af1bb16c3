package vn.hoso.archive.dossier;

import java.util.Map;
import java.util.Optional;

/** The state a dossier event leaves the dossier in, for read models that follow the lifecycle. */
public final class DossierStatusChange {

    private static final Map<Class<?>, DossierStatus> STATUS_AFTER = Map.ofEntries(
            Map.entry(DossierReceivedEvent.class, DossierStatus.RECEIVED),
            Map.entry(DossierAssignedEvent.class, DossierStatus.IN_PROGRESS),
            Map.entry(ForwardedToVillageEvent.class, DossierStatus.AT_VILLAGE),
            Map.entry(VillageReplyRecordedEvent.class, DossierStatus.IN_PROGRESS),
            Map.entry(SupplementRequestedEvent.class, DossierStatus.AWAITING_SUPPLEMENT),
            Map.entry(SupplementReceivedEvent.class, DossierStatus.IN_PROGRESS),
            Map.entry(ResultIssuedEvent.class, DossierStatus.RESULT_ISSUED),
            Map.entry(ResultReturnedEvent.class, DossierStatus.RESULT_RETURNED),
            Map.entry(DossierRejectedEvent.class, DossierStatus.REJECTED),
            Map.entry(DossierWithdrawnEvent.class, DossierStatus.WITHDRAWN),
            Map.entry(DossierArchivedEvent.class, DossierStatus.ARCHIVED),
            Map.entry(ArchiveRecordRegisteredEvent.class, DossierStatus.ARCHIVED),
            Map.entry(DispositionReviewStartedEvent.class, DossierStatus.UNDER_DISPOSITION_REVIEW),
            Map.entry(DispositionReviewCancelledEvent.class, DossierStatus.ARCHIVED),
            Map.entry(DossierDisposedEvent.class, DossierStatus.DISPOSED));

    private DossierStatusChange() {
    }

    /** The new state after {@code event}, or empty when the event does not change the state. */
    public static Optional<DossierStatus> after(Object event) {
        return Optional.ofNullable(STATUS_AFTER.get(event.getClass()));
    }
}
