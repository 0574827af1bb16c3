package vn.hoso.archive.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hoso.archive.calendar.OfficeHours;
import vn.hoso.archive.calendar.WorkingCalendar;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;

/**
 * Computes {@link Statistics} for a period and optional filters. Archive records (historical paper dossiers taken in by
 * the batch import) were not received through the one-stop shop in the period, so they count nowhere here.
 */
@Component
public class StatisticsReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final ProcedureCatalogue catalogue;
    private final OfficeHours hours;
    private final SatisfactionFormula satisfactionFormula;

    StatisticsReport(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, ProcedureCatalogue catalogue,
                     OfficeHours hours, SatisfactionFormula satisfactionFormula) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.hours = hours;
        this.satisfactionFormula = satisfactionFormula;
    }

    private static final int[] BACKLOG_BAND_STARTS = {0, 6, 11, 21};

    /** Any null filter is left off. {@code from} and {@code to} are inclusive days in the office's time zone. */
    public record Filter(LocalDate from, LocalDate to, String procedureCode, String field, String village,
                         String channel) {
    }

    private record Row(String channel, String status, Instant receivedAt, Instant dueAt, Instant resolvedAt,
                       Boolean resolvedLate, Integer rating, Instant ratedAt) {
    }

    public Statistics compute(Filter filter, Instant now) {
        Instant periodEnd = filter.to().plusDays(1).atStartOfDay(hours.zone()).toInstant();
        Instant asOf = now.isBefore(periodEnd) ? now : periodEnd;
        List<Row> rows = rows(filter, periodEnd);
        List<Row> pending = pendingRows(rows, asOf);
        return new Statistics(filter.from(), filter.to(), received(rows), resolved(rows, asOf), pending(pending, asOf),
                averageProcessingWorkingDays(rows, asOf), backlogByAge(pending, asOf), satisfaction(rows, asOf),
                proceduresOnline());
    }

    private List<Row> rows(Filter filter, Instant periodEnd) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(List.of("received_at >= :from", "received_at < :to",
                "archive_record = FALSE"));
        parameters.put("from", Timestamp.from(filter.from().atStartOfDay(hours.zone()).toInstant()));
        parameters.put("to", Timestamp.from(periodEnd));
        equal(conditions, parameters, "procedure_code", filter.procedureCode());
        equal(conditions, parameters, "field", filter.field());
        equal(conditions, parameters, "village", filter.village());
        equal(conditions, parameters, "channel", filter.channel());
        return jdbc.query("SELECT channel, status, received_at, due_at, resolved_at, resolved_late, rating, rated_at"
                        + " FROM dossier_summary WHERE " + String.join(" AND ", conditions), parameters,
                (row, number) -> new Row(row.getString("channel"), row.getString("status"),
                        instant(row.getTimestamp("received_at")), instant(row.getTimestamp("due_at")),
                        instant(row.getTimestamp("resolved_at")), (Boolean) row.getObject("resolved_late"),
                        row.getObject("rating") == null ? null : row.getInt("rating"),
                        instant(row.getTimestamp("rated_at"))));
    }

    private static void equal(List<String> conditions, Map<String, Object> parameters, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            parameters.put(column, value);
        }
    }

    private static Statistics.Received received(List<Row> rows) {
        return new Statistics.Received(rows.size(), count(rows, "ONLINE"), count(rows, "DIRECT"), count(rows, "POST"),
                count(rows, "ASSISTED"));
    }

    private static long count(List<Row> rows, String channel) {
        return rows.stream().filter(row -> row.channel().equals(channel)).count();
    }

    private static boolean resolvedBy(Row row, Instant asOf) {
        return row.resolvedAt() != null && row.resolvedAt().isBefore(asOf);
    }

    private static Statistics.Resolved resolved(List<Row> rows, Instant asOf) {
        List<Row> resolved = rows.stream().filter(row -> resolvedBy(row, asOf)).toList();
        long late = resolved.stream().filter(row -> Boolean.TRUE.equals(row.resolvedLate())).count();
        double rate = rows.isEmpty() ? 0 : oneDecimal(100.0 * resolved.size() / rows.size());
        return new Statistics.Resolved(resolved.size(), resolved.size() - late, late, rate);
    }

    private static List<Row> pendingRows(List<Row> rows, Instant asOf) {
        return rows.stream()
                .filter(row -> !resolvedBy(row, asOf))
                .filter(row -> !row.status().equals("REJECTED") && !row.status().equals("WITHDRAWN"))
                .toList();
    }

    private static Statistics.Pending pending(List<Row> pending, Instant asOf) {
        long overdue = pending.stream().filter(row -> row.dueAt() != null && row.dueAt().isBefore(asOf)).count();
        return new Statistics.Pending(pending.size(), pending.size() - overdue, overdue);
    }

    private Double averageProcessingWorkingDays(List<Row> rows, Instant asOf) {
        return rows.stream()
                .filter(row -> resolvedBy(row, asOf))
                .mapToInt(row -> calendar.workingDaysBetween(calendar.effectiveReceiptDay(row.receivedAt()),
                        calendar.today(row.resolvedAt())))
                .average()
                .stream().boxed().findFirst().map(StatisticsReport::oneDecimal).orElse(null);
    }

    private List<Statistics.BacklogBand> backlogByAge(List<Row> pending, Instant asOf) {
        long[] counts = new long[BACKLOG_BAND_STARTS.length];
        LocalDate today = calendar.today(asOf);
        for (Row row : pending) {
            int waited = Math.max(0, calendar.workingDaysBetween(calendar.effectiveReceiptDay(row.receivedAt()), today));
            int band = BACKLOG_BAND_STARTS.length - 1;
            while (waited < BACKLOG_BAND_STARTS[band]) {
                band--;
            }
            counts[band]++;
        }
        List<Statistics.BacklogBand> bands = new ArrayList<>();
        for (int band = 0; band < counts.length; band++) {
            Integer to = band + 1 < counts.length ? BACKLOG_BAND_STARTS[band + 1] - 1 : null;
            bands.add(new Statistics.BacklogBand(BACKLOG_BAND_STARTS[band], to, counts[band]));
        }
        return bands;
    }

    private Statistics.Satisfaction satisfaction(List<Row> rows, Instant asOf) {
        List<Integer> ratings = rows.stream()
                .filter(row -> row.rating() != null && row.ratedAt().isBefore(asOf))
                .map(Row::rating)
                .toList();
        int maxPoints = satisfactionFormula.indexPoints();
        if (ratings.isEmpty()) {
            return new Statistics.Satisfaction(0, null, null, null, maxPoints);
        }
        double average = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double satisfied = (double) ratings.stream().filter(r -> r >= satisfactionFormula.satisfiedFrom()).count()
                / ratings.size();
        return new Statistics.Satisfaction(ratings.size(), oneDecimal(average), oneDecimal(100 * satisfied),
                oneDecimal(maxPoints * satisfied), maxPoints);
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private Statistics.ProceduresOnline proceduresOnline() {
        long full = catalogue.all().stream().filter(p -> p.onlineLevel() == Procedure.OnlineLevel.FULL_ONLINE).count();
        long partial = catalogue.all().stream()
                .filter(p -> p.onlineLevel() == Procedure.OnlineLevel.PARTIAL_ONLINE).count();
        return new Statistics.ProceduresOnline(full + partial, full, partial);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
