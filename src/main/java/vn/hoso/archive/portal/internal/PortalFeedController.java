package vn.hoso.archive.portal.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;

/**
 * {@code GET /api/portal/feed?after=N}: state changes after position N, oldest first. The portal keeps the last
 * {@code next} it read and asks again from there; positions only grow.
 */
@RestController
class PortalFeedController {

    private static final int MAX_LIMIT = 1000;

    private final JdbcClient jdbc;

    PortalFeedController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FeedItem(long position, String dossierId, String portalDossierId, String status, Instant occurredAt) {
    }

    record Feed(List<FeedItem> items, long next) {
    }

    @GetMapping("/api/portal/feed")
    Feed feed(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("INVALID_PAGE", MAX_LIMIT);
        }
        List<FeedItem> items = jdbc.sql("""
                SELECT f.position, f.dossier_id, i.portal_dossier_id, f.status, f.occurred_at
                FROM portal_feed f LEFT JOIN portal_intake i ON i.dossier_id = f.dossier_id
                WHERE f.position > ? ORDER BY f.position LIMIT ?""")
                .params(after, limit)
                .query((row, number) -> new FeedItem(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getTimestamp(5).toInstant()))
                .list();
        return new Feed(items, items.isEmpty() ? after : items.get(items.size() - 1).position());
    }
}
