package vn.hoso.archive.dossier.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.dossier.internal.DossierCodes;

@RestController
class DossierController {

    private final CommandGateway commands;
    private final ProcedureCatalogue catalogue;
    private final DossierCodes codes;
    private final CurrentActor currentActor;
    private final Clock clock;

    DossierController(CommandGateway commands, ProcedureCatalogue catalogue, DossierCodes codes,
                      CurrentActor currentActor, Clock clock) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.codes = codes;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record ReceiveDossierRequest(
            @NotBlank String procedureCode,
            @NotBlank @Size(max = 200) String applicantName,
            @NotNull Channel channel) {
    }

    record DossierReceipt(String dossierId, String procedureCode, String applicantName, Channel channel, Instant receivedAt) {
    }

    @PostMapping("/api/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    DossierReceipt receive(@Valid @RequestBody ReceiveDossierRequest request, HttpServletRequest http) {
        Actor actor = currentActor.of(http);
        if (catalogue.find(request.procedureCode()).isEmpty()) {
            throw ApiProblem.badRequest("UNKNOWN_PROCEDURE", request.procedureCode());
        }
        Instant receivedAt = clock.instant();
        DossierId dossierId = codes.next(receivedAt);
        String applicantName = request.applicantName().strip();
        commands.sendAndWait(new ReceiveDossierCommand(dossierId, request.procedureCode(), applicantName,
                request.channel(), receivedAt), MetaData.with(Actor.METADATA_KEY, actor.name()));
        return new DossierReceipt(dossierId.value(), request.procedureCode(), applicantName, request.channel(), receivedAt);
    }
}
