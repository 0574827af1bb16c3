package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ServiceRatedEvent(
        DossierId dossierId,
        int score,
        String comment,
        FeedbackChannel channel,
        Instant ratedAt) {
}
