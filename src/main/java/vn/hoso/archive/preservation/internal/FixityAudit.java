package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReportDamagedOriginalCommand;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Re-hashes every stored original and records the outcome in {@code fixity_object}. A newly damaged or missing
 * original is logged at ERROR and recorded in its dossier's history ({@code OriginalDamageDetectedEvent}); it stays
 * on the inspectors' list until a check finds it whole again (e.g. after a package import restored it).
 */
@Component
class FixityAudit {

    static final Actor FIXITY = new Actor("system:fixity");
    private static final Logger log = LoggerFactory.getLogger(FixityAudit.class);

    private final JdbcClient jdbc;
    private final ObjectStore objects;
    private final CommandGateway commands;
    private final Clock clock;

    FixityAudit(JdbcClient jdbc, ObjectStore objects, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.objects = objects;
        this.commands = commands;
        this.clock = clock;
    }

    /** A stored original as the audit sees it. */
    record Checked(String documentId, String dossierId, String sha256, String outcome, String observedSha256,
                   Instant lastCheckedAt, Instant damagedSince) {
    }

    /** One pass over all originals. */
    record Pass(int checked, int damaged, int newlyDamaged, double seconds) {
    }

    Pass run() {
        long started = System.nanoTime();
        List<Checked> originals = jdbc.sql("select * from fixity_object order by last_checked_at nulls first, document_id")
                .query((rs, row) -> new Checked(rs.getString("document_id"), rs.getString("dossier_id"),
                        rs.getString("sha256"), rs.getString("outcome"), rs.getString("observed_sha256"), null, null))
                .list();
        int damaged = 0;
        int newlyDamaged = 0;
        for (Checked original : originals) {
            String outcome = check(original);
            damaged += "OK".equals(outcome) ? 0 : 1;
            newlyDamaged += !"OK".equals(outcome) && !outcome.equals(original.outcome()) ? 1 : 0;
        }
        Pass pass = new Pass(originals.size(), damaged, newlyDamaged, (System.nanoTime() - started) / 1e9);
        log.info("Fixity audit: {} originals checked, {} damaged ({} newly) in {} s", pass.checked(), pass.damaged(),
                pass.newlyDamaged(), String.format("%.1f", pass.seconds()));
        return pass;
    }

    /** The damaged and missing originals, oldest damage first. */
    List<Checked> damaged() {
        return jdbc.sql("select * from fixity_object where outcome <> 'OK' order by damaged_since, document_id")
                .query((rs, row) -> new Checked(rs.getString("document_id"), rs.getString("dossier_id"),
                        rs.getString("sha256"), rs.getString("outcome"), rs.getString("observed_sha256"),
                        rs.getObject("last_checked_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("damaged_since", OffsetDateTime.class).toInstant()))
                .list();
    }

    private String check(Checked original) {
        Instant now = clock.instant();
        String observed = observedSha256(original);
        String outcome = observed == null ? "MISSING" : observed.equals(original.sha256()) ? "OK" : "MISMATCH";
        boolean newlyDamaged = !"OK".equals(outcome) && !outcome.equals(original.outcome());
        jdbc.sql("""
                        update fixity_object set last_checked_at = ?, outcome = ?, observed_sha256 = ?,
                            damaged_since = case when ? = 'OK' then null when ? then ? else damaged_since end
                        where document_id = ?""")
                .params(utc(now), outcome, observed, outcome, newlyDamaged, utc(now), original.documentId())
                .update();
        if (newlyDamaged) {
            log.error("Fixity: original {} of document {} (dossier {}) is {}{}", original.sha256(),
                    original.documentId(), original.dossierId(), outcome,
                    observed == null ? "" : ", its bytes now hash to " + observed);
            commands.sendAndWait(new ReportDamagedOriginalCommand(new DossierId(original.dossierId()),
                    original.documentId(), original.sha256(), outcome, observed, now),
                    MetaData.with(Actor.METADATA_KEY, FIXITY.name()));
        }
        return outcome;
    }

    private String observedSha256(Checked original) {
        try {
            return StoredObjects.sha256(objects, ObjectKey.original(original.sha256())).orElse(null);
        } catch (IOException unreadable) {
            log.error("Fixity: original {} could not be read", original.sha256(), unreadable);
            return null;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
