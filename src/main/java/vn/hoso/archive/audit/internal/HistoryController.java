package vn.hoso.archive.audit.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.audit.RecordHistory;

/**
 * A record's history as JSON, or as one line per event for the terminal ({@code Accept: text/plain}, used by
 * {@code ./hoso history}). Sentences follow {@code lang} or else the request's language (Vietnamese by default).
 */
@RestController
class HistoryController {

    private static final DateTimeFormatter LINE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final RecordHistory history;

    HistoryController(RecordHistory history) {
        this.history = history;
    }

    @GetMapping({"/api/dossiers/{recordId}/history", "/api/records/{recordId}/history"})
    List<RecordHistory.Entry> history(@PathVariable String recordId,
                                      @RequestParam(required = false) Set<String> type,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant to,
                                      @RequestParam(required = false) Locale lang, Locale requestLocale) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.badRequest("INVALID_INTERVAL", from, to);
        }
        List<RecordHistory.Entry> entries = history.of(recordId,
                new RecordHistory.Filter(type == null ? Set.of() : type, from, to),
                lang == null ? requestLocale : lang);
        if (entries.isEmpty() && !history.exists(recordId)) {
            throw ApiProblem.notFound("RECORD_NOT_FOUND", recordId);
        }
        return entries;
    }

    @GetMapping(path = {"/api/dossiers/{recordId}/history", "/api/records/{recordId}/history"},
            produces = MediaType.TEXT_PLAIN_VALUE)
    String historyLines(@PathVariable String recordId,
                        @RequestParam(required = false) Set<String> type,
                        @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant from,
                        @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) Instant to,
                        @RequestParam(required = false) Locale lang, Locale requestLocale) {
        return history(recordId, type, from, to, lang, requestLocale).stream()
                .map(HistoryController::line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String line(RecordHistory.Entry entry) {
        return "%s  %s #%d  %s  [%s, %s%s, correlation %s]".formatted(LINE_TIME.format(entry.timestamp()),
                entry.stream(), entry.sequence(), entry.sentence(), entry.actor(), entry.role(),
                entry.channel() == null ? "" : ", " + entry.channel(), entry.correlationId());
    }
}
