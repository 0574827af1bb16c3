package vn.hoso.archive.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code procedure_catalogue} and the {@link ProcedureCatalogue} in step with the catalogue's events. It runs
 * in the importing command's transaction (subscribing processor), so the table never lags the event store, and the
 * in-memory view changes once that transaction has committed.
 */
@Component
@ProcessingGroup("procedure-catalogue")
class ProcedureCatalogueProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProcedureCatalogue catalogue;

    ProcedureCatalogueProjection(JdbcClient jdbc, ObjectMapper json, ProcedureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalogue = catalogue;
    }

    @EventHandler
    void on(ProcedureDefinedEvent event, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO procedure_catalogue (code, revision, definition, recorded_at) VALUES (?, 1, ?, ?)")
                .params(event.procedure().code(), write(event.procedure()), java.sql.Timestamp.from(at)).update();
        adoptAfterCommit(event.procedure());
    }

    @EventHandler
    void on(ProcedureRevisedEvent event, @Timestamp Instant at) {
        jdbc.sql("UPDATE procedure_catalogue SET revision = ?, definition = ?, recorded_at = ? WHERE code = ?")
                .params(event.revision(), write(event.procedure()), java.sql.Timestamp.from(at),
                        event.procedure().code())
                .update();
        adoptAfterCommit(event.procedure());
    }

    private void adoptAfterCommit(Procedure procedure) {
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> catalogue.adopt(procedure));
    }

    private String write(Procedure procedure) {
        try {
            return json.writeValueAsString(procedure);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
