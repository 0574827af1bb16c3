package vn.hoso.archive.audit.internal;

import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.audit.RecordTimeline;

/** A record as it was at an instant, and what changed between two instants (ISO-8601, e.g. 2025-07-15T03:00:00Z). */
@RestController
class TimelineController {

    private final RecordTimeline timeline;

    TimelineController(RecordTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping({"/api/dossiers/{recordId}/as-of", "/api/records/{recordId}/as-of"})
    RecordTimeline.State asOf(@PathVariable String recordId,
                              @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) Instant at) {
        return timeline.stateAt(recordId, at).orElseThrow(() -> ApiProblem.notFound("RECORD_NOT_FOUND", recordId));
    }

    @GetMapping({"/api/dossiers/{recordId}/diff", "/api/records/{recordId}/diff"})
    RecordTimeline.Difference diff(@PathVariable String recordId,
                                   @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) Instant from,
                                   @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) Instant to) {
        if (from.isAfter(to)) {
            throw ApiProblem.badRequest("INVALID_INTERVAL", from, to);
        }
        return timeline.between(recordId, from, to)
                .orElseThrow(() -> ApiProblem.notFound("RECORD_NOT_FOUND", recordId));
    }
}
