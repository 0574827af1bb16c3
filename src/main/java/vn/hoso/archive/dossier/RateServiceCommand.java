package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The citizen rates how the dossier was served: {@code score} from 1 (very dissatisfied) to 5 (very satisfied). */
public record RateServiceCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        int score,
        String comment,
        FeedbackChannel channel,
        Instant ratedAt) {

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;

    public RateServiceCommand {
        if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw new IllegalArgumentException("A rating is from " + LOWEST_SCORE + " to " + HIGHEST_SCORE + ": " + score);
        }
    }
}
