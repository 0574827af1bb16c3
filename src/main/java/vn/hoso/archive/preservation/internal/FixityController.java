package vn.hoso.archive.preservation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The inspectors' fixity view: how many originals are watched, when they were last checked, which are damaged. */
@RestController
class FixityController {

    private final FixityAudit audit;
    private final JdbcClient jdbc;

    FixityController(FixityAudit audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    record Overview(long originals, long neverChecked, Instant oldestCheck, List<FixityAudit.Checked> damaged) {
    }

    @GetMapping("/api/fixity")
    Overview overview() {
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) as originals, count(*) - count(last_checked_at) as never_checked,
                               min(last_checked_at) as oldest_check from fixity_object""")
                .query().singleRow();
        Object oldest = counts.get("oldest_check");
        return new Overview(((Number) counts.get("originals")).longValue(),
                ((Number) counts.get("never_checked")).longValue(),
                oldest == null ? null : instant(oldest), audit.damaged());
    }

    /** Runs a pass now, besides the scheduled ones. */
    @PostMapping("/api/fixity/run")
    FixityAudit.Pass run() {
        return audit.run();
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant()
                : ((java.sql.Timestamp) timestamp).toInstant();
    }
}
