package vn.hoso.archive.portal.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;

/**
 * Receives a portal dossier once: the portal id → dossier code row and the receipt event are written in one
 * transaction, so a retried or concurrent duplicate finds the first receipt instead of making a second dossier.
 */
@Component
class PortalIntake {

    static final Actor PORTAL = new Actor("system:portal");

    private final JdbcClient jdbc;
    private final DossierCodes codes;
    private final CommandGateway commands;
    private final Clock clock;

    PortalIntake(JdbcClient jdbc, DossierCodes codes, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.commands = commands;
        this.clock = clock;
    }

    Optional<DossierId> existing(String portalDossierId, Procedure procedure, Applicant applicant) {
        List<String[]> rows = jdbc.sql("""
                SELECT dossier_id, procedure_code, applicant_name FROM portal_intake WHERE portal_dossier_id = ?""")
                .param(portalDossierId)
                .query((row, number) -> new String[] {row.getString(1), row.getString(2), row.getString(3)}).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String[] row = rows.get(0);
        if (!row[1].equals(procedure.code()) || !row[2].equals(applicant.name())) {
            throw ApiProblem.conflict("PORTAL_ID_REUSED", portalDossierId, row[0]);
        }
        return Optional.of(new DossierId(row[0]));
    }

    @Transactional
    public DossierId receive(String portalDossierId, Procedure procedure, Applicant applicant,
                             List<String> submittedDocuments) {
        var receivedAt = clock.instant();
        DossierId dossierId = codes.next(receivedAt);
        jdbc.sql("INSERT INTO portal_intake (portal_dossier_id, dossier_id, procedure_code, applicant_name) VALUES (?, ?, ?, ?)")
                .params(portalDossierId, dossierId.value(), procedure.code(), applicant.name()).update();
        commands.sendAndWait(new ReceiveDossierCommand(dossierId, procedure.code(), applicant, Channel.ONLINE, null,
                submittedDocuments, procedure.processingWorkingDays(), receivedAt),
                MetaData.with(Actor.METADATA_KEY, PORTAL.name()));
        return dossierId;
    }
}
