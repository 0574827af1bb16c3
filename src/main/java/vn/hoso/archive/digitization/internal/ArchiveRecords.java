package vn.hoso.archive.digitization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.RegisterArchiveRecordCommand;

/**
 * Historical dossiers taken in from paper, one per box + folder + item number. The first import registers the
 * dossier as an archive record (received on its original date and archived at once, with no deadline alarms) and
 * records the key in the same transaction, so a second import of the same item finds the same dossier.
 */
@Component
class ArchiveRecords {

    record Key(String box, String folder, String item) {
        @Override
        public String toString() {
            return box + "/" + folder + "/" + item;
        }
    }

    private final JdbcClient jdbc;
    private final DossierCodes codes;
    private final CommandGateway commands;

    ArchiveRecords(JdbcClient jdbc, DossierCodes codes, CommandGateway commands) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.commands = commands;
    }

    /** The dossier already made for the key; refused when it was made for another procedure or applicant. */
    Optional<DossierId> find(Key key, Procedure procedure, String applicantName) throws ImportRefusal {
        List<String[]> rows = jdbc.sql("""
                SELECT dossier_id, procedure_code, applicant_name FROM archive_record
                WHERE box = ? AND folder = ? AND item_number = ?""")
                .params(key.box(), key.folder(), key.item())
                .query((row, number) -> new String[] {row.getString(1), row.getString(2), row.getString(3)}).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String[] row = rows.get(0);
        if (!row[1].equals(procedure.code()) || !row[2].equals(applicantName)) {
            throw new ImportRefusal("ARCHIVE_KEY_REUSED", key, row[0]);
        }
        return Optional.of(new DossierId(row[0]));
    }

    @Transactional
    public DossierId register(Key key, Procedure procedure, Applicant applicant, Instant receivedAt, String originalDate,
                              Actor actor) {
        DossierId dossierId = codes.next(receivedAt);
        jdbc.sql("""
                INSERT INTO archive_record (box, folder, item_number, dossier_id, procedure_code, applicant_name)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(key.box(), key.folder(), key.item(), dossierId.value(), procedure.code(), applicant.name())
                .update();
        commands.sendAndWait(new RegisterArchiveRecordCommand(dossierId, procedure.code(), applicant,
                procedure.processingWorkingDays(), receivedAt, key.box(), key.folder(), key.item(), originalDate),
                MetaData.with(Actor.METADATA_KEY, actor.name()));
        return dossierId;
    }
}
