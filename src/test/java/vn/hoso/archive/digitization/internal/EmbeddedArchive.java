package vn.hoso.archive.digitization.internal;

import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;

/** The embedded default in a fresh data folder for one test class, and dossiers to attach files to. */
final class EmbeddedArchive {

    private EmbeddedArchive() {
    }

    /** A birth registration received now; its code. */
    static String receiveDossier(DossierCodes codes, CommandGateway commands) {
        Instant now = Instant.now();
        DossierId dossier = codes.next(now);
        commands.sendAndWait(new ReceiveDossierCommand(dossier, "CIVIL-BIRTH", new Applicant("Bùi Thị Lan", null, null,
                null, null), Channel.DIRECT, null, List.of(), 5, now));
        return dossier.value();
    }
}
