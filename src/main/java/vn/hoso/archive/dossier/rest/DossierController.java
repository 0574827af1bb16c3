package vn.hoso.archive.dossier.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.ReceiveDossierCommand;

/** The one-stop desk's receipt: a dossier comes in, gets its code and its appointment date. */
@RestController
class DossierController {

    private final DossierCommandSender commands;
    private final ProcedureCatalogue catalogue;
    private final DossierCodes codes;
    private final DossierLookup dossiers;
    private final Clock clock;

    DossierController(DossierCommandSender commands, ProcedureCatalogue catalogue, DossierCodes codes,
                      DossierLookup dossiers, Clock clock) {
        this.commands = commands;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.codes = codes;
        this.clock = clock;
    }

    record ReceiveDossierRequest(
            @NotBlank String procedureCode,
            @NotBlank @Size(max = 200) String applicantName,
            @Pattern(regexp = "\\d{12}|\\d{9}") String citizenId,
            @Size(max = 500) String address,
            @Size(max = 100) String village,
            @Pattern(regexp = "\\+?[0-9 ]{8,15}") String phone,
            @NotNull Channel channel,
            @Size(max = 200) String assistedBy,
            List<@NotBlank @Size(max = 300) String> submittedDocuments) {
    }

    record DossierReceipt(String dossierId, String procedureCode, String applicantName, Channel channel,
                          Instant receivedAt, Instant dueAt, boolean dueDateProvisional) {
    }

    @PostMapping("/api/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    DossierReceipt receive(@Valid @RequestBody ReceiveDossierRequest request, HttpServletRequest http) {
        Procedure procedure = catalogue.find(request.procedureCode())
                .orElseThrow(() -> ApiProblem.badRequest("UNKNOWN_PROCEDURE", request.procedureCode()));
        if (request.channel() == Channel.ASSISTED && (request.assistedBy() == null || request.assistedBy().isBlank())) {
            throw ApiProblem.badRequest("ASSISTANT_REQUIRED");
        }
        Instant receivedAt = clock.instant();
        DossierId dossierId = codes.next(receivedAt);
        Applicant applicant = new Applicant(request.applicantName().strip(), request.citizenId(), request.address(),
                request.village(), request.phone());
        commands.send(new ReceiveDossierCommand(dossierId, procedure.code(), applicant, request.channel(),
                request.assistedBy(), request.submittedDocuments() == null ? List.of() : request.submittedDocuments(),
                procedure.processingWorkingDays(), receivedAt), http);
        DossierReceivedEvent receipt = dossiers.receiptOf(dossierId).orElseThrow();
        return new DossierReceipt(dossierId.value(), procedure.code(), applicant.name(), request.channel(), receivedAt,
                receipt.dueAt(), receipt.dueDateProvisional());
    }
}
