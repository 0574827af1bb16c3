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

/** Computes {@link Statistics} for a period and optional filters. */
@Component
public class StatisticsReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final ProcedureCatalogue catalogue;
    private final OfficeHours hours;

    StatisticsReport(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, ProcedureCatalogue catalogue,
                     OfficeHours hours) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.hours = hours;
    }

    /** Any null filter is left off. {@code from} and {@code to} are inclusive days in the office's time zone. */
    public record Filter(LocalDate from, LocalDate to, String procedureCode, String field, String village,
                         String channel) {
    }

    private record Row(String channel, String status, Instant receivedAt, Instant dueAt, Instant resolvedAt,
                       Boolean resolvedLate) {
    }

    public Statistics compute(Filter filter, Instant now) {
        Instant periodEnd = filter.to().plusDays(1).atStartOfDay(hours.zone()).toInstant();
        Instant asOf = now.isBefore(periodEnd) ? now : periodEnd;
        List<Row> rows = rows(filter, periodEnd);
        return new Statistics(filter.from(), filter.to(), received(rows), resolved(rows, asOf), pending(rows, asOf),
                averageProcessingWorkingDays(rows, asOf), proceduresOnline());
    }

    private List<Row> rows(Filter filter, Instant periodEnd) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(List.of("received_at >= :from", "received_at < :to"));
        parameters.put("from", Timestamp.from(filter.from().atStartOfDay(hours.zone()).toInstant()));
        parameters.put("to", Timestamp.from(periodEnd));
        equal(conditions, parameters, "procedure_code", filter.procedureCode());
        equal(conditions, parameters, "field", filter.field());
        equal(conditions, parameters, "village", filter.village());
        equal(conditions, parameters, "channel", filter.channel());
        return jdbc.query("SELECT channel, status, received_at, due_at, resolved_at, resolved_late FROM dossier_summary"
                        + " WHERE " + String.join(" AND ", conditions), parameters,
                (row, number) -> new Row(row.getString("channel"), row.getString("status"),
                        instant(row.getTimestamp("received_at")), instant(row.getTimestamp("due_at")),
                        instant(row.getTimestamp("resolved_at")), (Boolean) row.getObject("resolved_late")));
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
        double rate = rows.isEmpty() ? 0 : Math.round(1000.0 * resolved.size() / rows.size()) / 10.0;
        return new Statistics.Resolved(resolved.size(), resolved.size() - late, late, rate);
    }

    private static Statistics.Pending pending(List<Row> rows, Instant asOf) {
        List<Row> pending = rows.stream()
                .filter(row -> !resolvedBy(row, asOf))
                .filter(row -> !row.status().equals("REJECTED") && !row.status().equals("WITHDRAWN"))
                .toList();
        long overdue = pending.stream().filter(row -> row.dueAt() != null && row.dueAt().isBefore(asOf)).count();
        return new Statistics.Pending(pending.size(), pending.size() - overdue, overdue);
    }

    private Double averageProcessingWorkingDays(List<Row> rows, Instant asOf) {
        return rows.stream()
                .filter(row -> resolvedBy(row, asOf))
                .mapToInt(row -> calendar.workingDaysBetween(calendar.effectiveReceiptDay(row.receivedAt()),
                        calendar.today(row.resolvedAt())))
                .average()
                .stream().boxed().findFirst().map(days -> Math.round(days * 10) / 10.0).orElse(null);
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
