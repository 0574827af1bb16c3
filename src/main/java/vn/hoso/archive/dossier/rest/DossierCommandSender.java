package vn.hoso.archive.dossier.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.dossier.DossierActionRefusedException;

/**
 * Sends a dossier command on behalf of the request's actor and turns the aggregate's refusals into API problems:
 * 409 with the current state and the actions allowed now, 404 for an unknown dossier, 409 when another official
 * changed the dossier at the same moment.
 */
@Component
class DossierCommandSender {

    private final CommandGateway commands;
    private final CurrentActor currentActor;

    DossierCommandSender(CommandGateway commands, CurrentActor currentActor) {
        this.commands = commands;
        this.currentActor = currentActor;
    }

    void send(Object command, HttpServletRequest http) {
        Actor actor = currentActor.of(http);
        try {
            commands.sendAndWait(command, MetaData.with(Actor.METADATA_KEY, actor.name()));
        } catch (DossierActionRefusedException refused) {
            throw ApiProblem.conflict(refused.reason(), refused.action(), refused.status())
                    .with("currentStatus", refused.status())
                    .with("allowedActions", refused.allowedNow());
        } catch (AggregateNotFoundException notFound) {
            throw ApiProblem.notFound("DOSSIER_NOT_FOUND", notFound.getAggregateIdentifier());
        } catch (ConcurrencyException concurrent) {
            throw ApiProblem.conflict("CONCURRENT_CHANGE");
        }
    }
}
