package vn.hoso.archive.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;

/**
 * The procedures on offer now. Every change goes through an import whose changes are events of the procedure's
 * {@link CatalogueEntry}, so a procedure's history shows which rules applied when; this view follows those events
 * (table {@code procedure_catalogue}). An archive without a catalogue imports {@code hoso.catalogue.file} at start.
 */
@Component
public class ProcedureCatalogue {

    private static final Actor INITIAL_IMPORT = new Actor("system:catalogue");

    private final Map<String, Procedure> byCode = new ConcurrentSkipListMap<>();
    private final CommandGateway commands;
    private final EventStore events;
    private final Resource initialFile;

    ProcedureCatalogue(JdbcClient jdbc, ObjectMapper json, CommandGateway commands, EventStore events,
                       @Value("${hoso.catalogue.file:classpath:catalogue/procedures.tsv}") Resource initialFile) {
        this.commands = commands;
        this.events = events;
        this.initialFile = initialFile;
        jdbc.sql("SELECT definition FROM procedure_catalogue").query(String.class).list()
                .forEach(definition -> adopt(read(json, definition)));
    }

    /** How many procedures an import added, changed and left as they were. */
    public record ImportResult(int defined, int revised, int unchanged) {
    }

    public Optional<Procedure> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<Procedure> all() {
        return List.copyOf(byCode.values());
    }

    /** Records each procedure as a new or revised entry, or leaves it when nothing changed; {@code source} is kept. */
    public ImportResult importProcedures(List<Procedure> procedures, String source, Actor actor) {
        int[] outcomes = new int[CatalogueEntry.Outcome.values().length];
        MetaData byActor = MetaData.with(Actor.METADATA_KEY, actor.name());
        for (Procedure procedure : procedures) {
            CatalogueEntry.Outcome outcome = commands.sendAndWait(RecordProcedureCommand.of(procedure, source), byActor);
            outcomes[outcome.ordinal()]++;
        }
        return new ImportResult(outcomes[CatalogueEntry.Outcome.DEFINED.ordinal()],
                outcomes[CatalogueEntry.Outcome.REVISED.ordinal()], outcomes[CatalogueEntry.Outcome.UNCHANGED.ordinal()]);
    }

    /** Reads the whole file first (see {@link ProcedureFile}), so a bad line imports nothing. */
    public ImportResult importFile(InputStream file, String source, Actor actor) {
        return importProcedures(ProcedureFile.read(file), source, actor);
    }

    @EventListener(ApplicationStartedEvent.class)
    void importInitialFileIntoAnEmptyCatalogue() throws IOException {
        if (byCode.isEmpty()) {
            try (InputStream in = initialFile.getInputStream()) {
                importFile(in, initialFile.getDescription(), INITIAL_IMPORT);
            }
        }
    }

    /** Every revision of the procedure's rules, oldest first; empty for a code never imported. */
    public List<ProcedureRevision> history(String code) {
        return events.readEvents(CatalogueEntry.idOf(code), 0).asStream().map(ProcedureCatalogue::toRevision).toList();
    }

    private static ProcedureRevision toRevision(DomainEventMessage<?> event) {
        String actor = Actor.recordedIn(event.getMetaData());
        if (event.getPayload() instanceof ProcedureRevisedEvent revised) {
            return new ProcedureRevision(revised.revision(), event.getTimestamp(), actor, revised.source(),
                    revised.changedFields(), revised.procedure());
        }
        ProcedureDefinedEvent defined = (ProcedureDefinedEvent) event.getPayload();
        return new ProcedureRevision(1, event.getTimestamp(), actor, defined.source(), List.of(), defined.procedure());
    }

    void adopt(Procedure procedure) {
        byCode.put(procedure.code(), procedure);
    }

    private static Procedure read(ObjectMapper json, String definition) {
        try {
            return json.readValue(definition, Procedure.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Unreadable procedure in procedure_catalogue: " + definition, e);
        }
    }
}
