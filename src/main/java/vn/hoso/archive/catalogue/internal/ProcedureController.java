package vn.hoso.archive.catalogue.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.catalogue.ProcedureDefinedEvent;
import vn.hoso.archive.catalogue.ProcedureFile;
import vn.hoso.archive.catalogue.ProcedureRevisedEvent;

@RestController
class ProcedureController {

    private final ProcedureCatalogue catalogue;
    private final EventStore events;
    private final CurrentActor currentActor;

    ProcedureController(ProcedureCatalogue catalogue, EventStore events, CurrentActor currentActor) {
        this.catalogue = catalogue;
        this.events = events;
        this.currentActor = currentActor;
    }

    /** One revision of a procedure's rules: who recorded it, when, from which file, and what changed. */
    record Revision(int revision, Instant recordedAt, String actor, String source, List<String> changedFields,
                    Procedure procedure) {
    }

    @GetMapping("/api/procedures")
    List<Procedure> all() {
        return catalogue.all();
    }

    @GetMapping("/api/procedures/{code}")
    Procedure one(@PathVariable String code) {
        return catalogue.find(code).orElseThrow(() -> ApiProblem.notFound("UNKNOWN_PROCEDURE", code));
    }

    @GetMapping("/api/procedures/{code}/history")
    List<Revision> history(@PathVariable String code) {
        one(code);
        List<Revision> revisions = new ArrayList<>();
        events.readEvents("procedure:" + code).asStream().forEach(event -> revisions.add(toRevision(event)));
        return revisions;
    }

    /** Imports an edited procedure file (format in catalogue/README.md); a bad line imports nothing. */
    @PostMapping("/api/procedures/import")
    ProcedureCatalogue.ImportResult importFile(@RequestParam("file") MultipartFile file, HttpServletRequest http)
            throws IOException {
        Actor actor = currentActor.of(http);
        String source = "upload:" + Objects.requireNonNullElse(file.getOriginalFilename(), "procedures.tsv");
        try (InputStream in = file.getInputStream()) {
            return catalogue.importFile(in, source, actor);
        } catch (ProcedureFile.InvalidLineException invalid) {
            throw ApiProblem.badRequest("CATALOGUE_INVALID_LINE", invalid.line(), invalid.getMessage())
                    .with("line", invalid.line());
        }
    }

    private static Revision toRevision(DomainEventMessage<?> event) {
        String actor = Objects.toString(event.getMetaData().get(Actor.METADATA_KEY), "unknown");
        if (event.getPayload() instanceof ProcedureRevisedEvent revised) {
            return new Revision(revised.revision(), event.getTimestamp(), actor, revised.source(),
                    revised.changedFields(), revised.procedure());
        }
        ProcedureDefinedEvent defined = (ProcedureDefinedEvent) event.getPayload();
        return new Revision(1, event.getTimestamp(), actor, defined.source(), List.of(), defined.procedure());
    }
}
