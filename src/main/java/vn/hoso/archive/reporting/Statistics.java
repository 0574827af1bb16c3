package vn.hoso.archive.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The office's figures for dossiers received in a period. A dossier is resolved when its result was issued by the
 * end of the period; pending dossiers are those neither resolved, rejected nor withdrawn, split by whether their due
 * date had passed at the end of the period (or now, for a period that has not ended).
 */
public record Statistics(
        LocalDate from,
        LocalDate to,
        Received received,
        Resolved resolved,
        Pending pending,
        Double averageProcessingWorkingDays,
        List<BacklogBand> backlogByAge,
        Satisfaction satisfaction,
        ProceduresOnline proceduresOnline) {

    public record Received(long total, long online, long direct, long post, long assisted) {
    }

    /** {@code ratePercent} is resolved / received, rounded to one decimal. */
    public record Resolved(long total, long onTime, long late, double ratePercent) {
    }

    public record Pending(long total, long withinDeadline, long overdue) {
    }

    /** Pending dossiers that have waited from {@code fromWorkingDays} to {@code toWorkingDays} (null: no limit). */
    public record BacklogBand(int fromWorkingDays, Integer toWorkingDays, long dossiers) {
    }

    /**
     * Ratings given by the end of the period to dossiers received in it; the figures are null without ratings.
     * {@code indexPoints} out of {@code indexMaxPoints} follows {@link SatisfactionFormula}.
     */
    public record Satisfaction(long ratings, Double averageScore, Double satisfiedPercent, Double indexPoints,
                               int indexMaxPoints) {
    }

    public record ProceduresOnline(long total, long fullOnline, long partialOnline) {
    }
}
