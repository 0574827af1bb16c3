package vn.hoso.archive.reporting;

import java.time.LocalDate;

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
        ProceduresOnline proceduresOnline) {

    public record Received(long total, long online, long direct, long post, long assisted) {
    }

    /** {@code ratePercent} is resolved / received, rounded to one decimal. */
    public record Resolved(long total, long onTime, long late, double ratePercent) {
    }

    public record Pending(long total, long withinDeadline, long overdue) {
    }

    public record ProceduresOnline(long total, long fullOnline, long partialOnline) {
    }
}
