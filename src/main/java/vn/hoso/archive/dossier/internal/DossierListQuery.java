package vn.hoso.archive.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hoso.archive.calendar.WorkingCalendar;
import vn.hoso.archive.dossier.DossierStatus;

/**
 * Reads the dossier list with filters, newest first. Remaining working days and the overdue flag are worked out
 * at read time from the due date, because they change every working day without any event.
 */
@Component
public class DossierListQuery {

    /** States in which the processing clock runs. */
    private static final Set<DossierStatus> CLOCK_RUNNING =
            EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.AT_VILLAGE);

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    DossierListQuery(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Any null member leaves that filter off; {@code receivedFrom} is inclusive, {@code receivedTo} exclusive. */
    public record Filter(DossierStatus status, String procedureCode, String field, String channel, String village,
                         String official, Instant receivedFrom, Instant receivedTo) {
    }

    public record Entry(String dossierId, String procedureCode, String field, String channel, String applicantName,
                        String village, DossierStatus status, String official, Instant receivedAt, Instant dueAt,
                        boolean dueDateProvisional, Integer remainingWorkingDays, boolean overdue,
                        boolean apologyIssued, String resultNumber, Instant resolvedAt, Boolean resolvedLate) {
    }

    public record Page(long total, int page, int size, List<Entry> entries) {
    }

    public Page find(Filter filter, int page, int size, Instant now) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM dossier_summary" + where, parameters, Long.class);
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        LocalDate today = calendar.today(now);
        List<Entry> entries = jdbc.query("SELECT * FROM dossier_summary" + where
                        + " ORDER BY received_at DESC, dossier_id DESC LIMIT :limit OFFSET :offset",
                parameters, (row, number) -> entry(row, today, now));
        return new Page(total, page, size, entries);
    }

    /** One dossier as the list shows it, if the list has it. */
    public Optional<Entry> find(String dossierId, Instant now) {
        LocalDate today = calendar.today(now);
        return jdbc.query("SELECT * FROM dossier_summary WHERE dossier_id = :dossierId", Map.of("dossierId", dossierId),
                (row, number) -> entry(row, today, now)).stream().findFirst();
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        equal(conditions, parameters, "status", filter.status() == null ? null : filter.status().name());
        equal(conditions, parameters, "procedure_code", filter.procedureCode());
        equal(conditions, parameters, "field", filter.field());
        equal(conditions, parameters, "channel", filter.channel());
        equal(conditions, parameters, "village", filter.village());
        equal(conditions, parameters, "official", filter.official());
        if (filter.receivedFrom() != null) {
            conditions.add("received_at >= :receivedFrom");
            parameters.put("receivedFrom", Timestamp.from(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            conditions.add("received_at < :receivedTo");
            parameters.put("receivedTo", Timestamp.from(filter.receivedTo()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void equal(List<String> conditions, Map<String, Object> parameters, String column, String value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            parameters.put(column, value);
        }
    }

    private Entry entry(ResultSet row, LocalDate today, Instant now) throws SQLException {
        DossierStatus status = DossierStatus.valueOf(row.getString("status"));
        Instant dueAt = instant(row, "due_at");
        boolean running = CLOCK_RUNNING.contains(status) && dueAt != null;
        Integer remaining = running ? calendar.workingDaysBetween(today, calendar.today(dueAt)) : null;
        Boolean resolvedLate = (Boolean) row.getObject("resolved_late");
        return new Entry(row.getString("dossier_id"), row.getString("procedure_code"), row.getString("field"),
                row.getString("channel"), row.getString("applicant_name"), row.getString("village"), status,
                row.getString("official"), instant(row, "received_at"), dueAt, row.getBoolean("due_date_provisional"),
                remaining, running && now.isAfter(dueAt), row.getBoolean("apology_issued"),
                row.getString("result_number"), instant(row, "resolved_at"), resolvedLate);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
