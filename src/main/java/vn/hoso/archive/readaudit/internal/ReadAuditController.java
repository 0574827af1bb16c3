package vn.hoso.archive.readaudit.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.readaudit.ReadAudit;
import vn.hoso.archive.readaudit.ReadAuditVerification;
import vn.hoso.archive.readaudit.ReadEntry;
import vn.hoso.archive.readaudit.ReadQuery;

/** The inspectors' view of the read audit. */
@RestController
class ReadAuditController {

    private static final int MAX_LIMIT = 1000;

    private final ReadAudit audit;

    ReadAuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/read-audit")
    List<ReadEntry> entries(@RequestParam(required = false) String actor,
                            @RequestParam(required = false) String record,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "limit");
        }
        return audit.find(new ReadQuery(actor, record, from, to, limit));
    }

    @GetMapping("/api/read-audit/verification")
    ReadAuditVerification verify() {
        return audit.verify();
    }
}
