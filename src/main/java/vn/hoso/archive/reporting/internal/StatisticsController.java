package vn.hoso.archive.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.reporting.Statistics;
import vn.hoso.archive.reporting.StatisticsReport;

@RestController
class StatisticsController {

    private static final int MAX_PERIOD_DAYS = 3660;

    private final StatisticsReport report;
    private final Clock clock;

    StatisticsController(StatisticsReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/api/statistics")
    Statistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String procedure,
                          @RequestParam(required = false) String field,
                          @RequestParam(required = false) String village,
                          @RequestParam(required = false) String channel) {
        if (to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw ApiProblem.badRequest("INVALID_PERIOD", MAX_PERIOD_DAYS);
        }
        return report.compute(new StatisticsReport.Filter(from, to, procedure, field, village, channel), clock.instant());
    }

    /** The same figures as one {@code figure,value} line each, for spreadsheets. */
    @GetMapping(path = "/api/statistics.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String procedure,
                               @RequestParam(required = false) String field,
                               @RequestParam(required = false) String village,
                               @RequestParam(required = false) String channel) {
        Statistics s = statistics(from, to, procedure, field, village, channel);
        List<Map.Entry<String, Object>> figures = new ArrayList<>(List.of(
                Map.entry("from", s.from()), Map.entry("to", s.to()),
                Map.entry("received", s.received().total()), Map.entry("received_online", s.received().online()),
                Map.entry("received_direct", s.received().direct()), Map.entry("received_post", s.received().post()),
                Map.entry("received_assisted", s.received().assisted()),
                Map.entry("resolved", s.resolved().total()), Map.entry("resolved_on_time", s.resolved().onTime()),
                Map.entry("resolved_late", s.resolved().late()), Map.entry("resolved_percent", s.resolved().ratePercent()),
                Map.entry("pending", s.pending().total()), Map.entry("pending_within_deadline", s.pending().withinDeadline()),
                Map.entry("pending_overdue", s.pending().overdue()),
                Map.entry("average_processing_working_days", blankIfNull(s.averageProcessingWorkingDays())),
                Map.entry("procedures_online", s.proceduresOnline().total()),
                Map.entry("procedures_full_online", s.proceduresOnline().fullOnline()),
                Map.entry("procedures_partial_online", s.proceduresOnline().partialOnline()),
                Map.entry("ratings", s.satisfaction().ratings()),
                Map.entry("rating_average", blankIfNull(s.satisfaction().averageScore())),
                Map.entry("satisfied_percent", blankIfNull(s.satisfaction().satisfiedPercent())),
                Map.entry("satisfaction_points", blankIfNull(s.satisfaction().indexPoints())),
                Map.entry("satisfaction_max_points", s.satisfaction().indexMaxPoints())));
        s.backlogByAge().forEach(band -> figures.add(Map.entry("backlog_working_days_" + band.fromWorkingDays()
                + (band.toWorkingDays() == null ? "_plus" : "_" + band.toWorkingDays()), band.dossiers())));
        String body = "figure,value\n" + figures.stream().map(f -> f.getKey() + "," + f.getValue())
                .collect(Collectors.joining("\n")) + "\n";
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"statistics-" + from + "-" + to
                + ".csv\"").body(body);
    }

    private static Object blankIfNull(Double value) {
        return value == null ? "" : value;
    }
}
