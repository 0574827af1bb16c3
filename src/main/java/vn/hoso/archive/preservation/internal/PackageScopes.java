package vn.hoso.archive.preservation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.calendar.OfficeHours;

/** Finds the dossiers of a package scope; a procedure's or a period's from the dossier list. */
@Component
class PackageScopes {

    private final JdbcClient jdbc;
    private final OfficeHours hours;

    PackageScopes(JdbcClient jdbc, OfficeHours hours) {
        this.jdbc = jdbc;
        this.hours = hours;
    }

    /** The one scope named: dossiers, a procedure, or a period ({@code from} and {@code to}); any other mix is refused. */
    PackageScope of(List<String> dossierIds, String procedureCode, LocalDate from, LocalDate to) {
        boolean period = from != null || to != null;
        long named = Stream.of(dossierIds != null && !dossierIds.isEmpty(), procedureCode != null, period)
                .filter(Boolean::booleanValue).count();
        if (named != 1 || period && (from == null || to == null)) {
            throw ApiProblem.badRequest("PACKAGE_SCOPE_REQUIRED");
        }
        if (procedureCode != null) {
            return procedure(procedureCode);
        }
        return period ? period(from, to) : dossiers(dossierIds);
    }

    PackageScope dossiers(List<String> dossierIds) {
        List<String> sorted = List.copyOf(new TreeSet<>(dossierIds));
        return new PackageScope(sorted.size() == 1 ? sorted.get(0) : "box-" + sorted.get(0) + "-" + sorted.size(),
                sorted);
    }

    PackageScope procedure(String procedureCode) {
        return new PackageScope("procedure-" + procedureCode, jdbc.sql(
                        "select dossier_id from dossier_summary where procedure_code = ? order by dossier_id")
                .param(procedureCode).query(String.class).list());
    }

    /** Dossiers received from {@code from} to {@code to}, both days included, in the office's time zone. */
    PackageScope period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblem.badRequest("INVALID_PERIOD", from, to);
        }
        return new PackageScope("period-" + from + "-" + to, jdbc.sql("""
                        select dossier_id from dossier_summary where received_at >= ? and received_at < ?
                        order by dossier_id""")
                .params(startOf(from), startOf(to.plusDays(1))).query(String.class).list());
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(hours.zone()).toOffsetDateTime();
    }
}
