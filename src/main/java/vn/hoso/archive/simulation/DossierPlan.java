package vn.hoso.archive.simulation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierId;

/** One simulated dossier: its receipt, then the commands that follow it, in time order. */
record DossierPlan(Instant receivedAt, Channel channel, Procedure procedure, Applicant applicant, List<Step> steps,
                   boolean resolved) {

    /** A command to send at {@code at}, made once the dossier's code is known. */
    record Step(Instant at, Function<DossierId, Object> command) {
    }
}
