package vn.hoso.archive.dossier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one event processor batch changes in {@code dossier_summary}: each dossier's row is written once, a receipt as
 * a fresh row (as the statements one per event did: the old row deleted, the new one inserted) and the later steps as
 * one update of the columns they set, the last value of each.
 */
final class SummaryChanges {

    private static final String INSERT = """
            INSERT INTO dossier_summary (dossier_id, procedure_code, field, channel, applicant_name, village, status,
                received_at, due_at, due_date_provisional, clock_stopped, apology_issued)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE)""";

    private final Map<String, Object[]> receipts = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> updates = new LinkedHashMap<>();

    /** A fresh row: {@code values} in the order of the insert's columns, from {@code dossier_id} on. */
    void receive(String dossierId, Object... values) {
        receipts.put(dossierId, values);
        updates.remove(dossierId);
    }

    /** Columns set by a later step, as pairs of a column name and its value. */
    void set(String dossierId, Object... columnsAndValues) {
        Map<String, Object> columns = updates.computeIfAbsent(dossierId, id -> new TreeMap<>());
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
    }

    void write(JdbcTemplate jdbc) {
        if (!receipts.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM dossier_summary WHERE dossier_id = ?",
                    receipts.keySet().stream().map(id -> new Object[] {id}).toList());
            jdbc.batchUpdate(INSERT, new ArrayList<>(receipts.values()));
        }
        Map<List<String>, List<Object[]>> rowsByColumns = new HashMap<>();
        updates.forEach((dossierId, columns) -> {
            List<Object> values = new ArrayList<>(columns.values());
            values.add(dossierId);
            rowsByColumns.computeIfAbsent(List.copyOf(columns.keySet()), set -> new ArrayList<>())
                    .add(values.toArray());
        });
        rowsByColumns.forEach((columns, rows) -> jdbc.batchUpdate("UPDATE dossier_summary SET "
                + columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
                + " WHERE dossier_id = ?", rows));
    }
}
