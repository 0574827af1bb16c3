package vn.hoso.archive.dossier.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.dossier.ArchiveDossierCommand;
import vn.hoso.archive.dossier.AssignDossierCommand;
import vn.hoso.archive.dossier.CorrectDossierCommand;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.FeedbackChannel;
import vn.hoso.archive.dossier.ForwardToVillageCommand;
import vn.hoso.archive.dossier.IssueApologyCommand;
import vn.hoso.archive.dossier.IssueResultCommand;
import vn.hoso.archive.dossier.RateServiceCommand;
import vn.hoso.archive.dossier.ReceiveSupplementCommand;
import vn.hoso.archive.dossier.RecordVillageReplyCommand;
import vn.hoso.archive.dossier.RejectDossierCommand;
import vn.hoso.archive.dossier.RequestSupplementCommand;
import vn.hoso.archive.dossier.ReturnResultCommand;
import vn.hoso.archive.dossier.WithdrawDossierCommand;

/** The steps of a dossier's processing, one endpoint each; an out-of-order step is refused with 409. */
@RestController
@RequestMapping("/api/dossiers/{dossierId}")
@ResponseStatus(HttpStatus.NO_CONTENT)
class DossierActionsController {

    private final DossierCommandSender commands;
    private final Clock clock;

    DossierActionsController(DossierCommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record Assignment(@NotBlank @Size(max = 200) String official, @Size(max = 200) String department) {
    }

    record VillageForward(@NotBlank @Size(max = 100) String village, @NotBlank @Size(max = 500) String purpose) {
    }

    record VillageReply(@NotNull Boolean confirmed, @Size(max = 2000) String note) {
    }

    record SupplementRequest(@NotEmpty List<@NotBlank @Size(max = 300) String> missingDocuments,
                             @NotBlank @Size(max = 2000) String reason) {
    }

    record Supplement(@NotEmpty List<@NotBlank @Size(max = 300) String> receivedDocuments) {
    }

    record Result(@NotBlank @Size(max = 100) String resultNumber) {
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    record Apology(@NotNull Instant newAppointmentAt, @NotBlank @Size(max = 2000) String reason) {
    }

    record Correction(@NotBlank @Size(max = 100) String field, @NotBlank @Size(max = 2000) String correctedValue,
                      @NotBlank @Size(max = 2000) String reason) {
    }

    /** 1 very dissatisfied … 5 very satisfied; the channel defaults to the counter's QR code. */
    record Rating(@NotNull @Min(RateServiceCommand.LOWEST_SCORE) @Max(RateServiceCommand.HIGHEST_SCORE) Integer score,
                  @Size(max = 2000) String comment, FeedbackChannel channel) {
    }

    @PostMapping("/assignment")
    void assign(@PathVariable String dossierId, @Valid @RequestBody Assignment body, HttpServletRequest http) {
        commands.send(new AssignDossierCommand(id(dossierId), body.official(), body.department()), http);
    }

    @PostMapping("/village-forward")
    void forward(@PathVariable String dossierId, @Valid @RequestBody VillageForward body, HttpServletRequest http) {
        commands.send(new ForwardToVillageCommand(id(dossierId), body.village(), body.purpose()), http);
    }

    @PostMapping("/village-reply")
    void villageReply(@PathVariable String dossierId, @Valid @RequestBody VillageReply body, HttpServletRequest http) {
        commands.send(new RecordVillageReplyCommand(id(dossierId), body.confirmed(), body.note()), http);
    }

    @PostMapping("/supplement-request")
    void requestSupplement(@PathVariable String dossierId, @Valid @RequestBody SupplementRequest body,
                           HttpServletRequest http) {
        commands.send(new RequestSupplementCommand(id(dossierId), body.missingDocuments(), body.reason(),
                clock.instant()), http);
    }

    @PostMapping("/supplement")
    void receiveSupplement(@PathVariable String dossierId, @Valid @RequestBody Supplement body, HttpServletRequest http) {
        commands.send(new ReceiveSupplementCommand(id(dossierId), body.receivedDocuments(), clock.instant()), http);
    }

    @PostMapping("/result")
    void issueResult(@PathVariable String dossierId, @Valid @RequestBody Result body, HttpServletRequest http) {
        commands.send(new IssueResultCommand(id(dossierId), body.resultNumber(), clock.instant()), http);
    }

    @PostMapping("/result-return")
    void returnResult(@PathVariable String dossierId, HttpServletRequest http) {
        commands.send(new ReturnResultCommand(id(dossierId), clock.instant()), http);
    }

    @PostMapping("/rejection")
    void reject(@PathVariable String dossierId, @Valid @RequestBody Reason body, HttpServletRequest http) {
        commands.send(new RejectDossierCommand(id(dossierId), body.reason()), http);
    }

    @PostMapping("/withdrawal")
    void withdraw(@PathVariable String dossierId, @Valid @RequestBody Reason body, HttpServletRequest http) {
        commands.send(new WithdrawDossierCommand(id(dossierId), body.reason()), http);
    }

    @PostMapping("/apology")
    void apologize(@PathVariable String dossierId, @Valid @RequestBody Apology body, HttpServletRequest http) {
        commands.send(new IssueApologyCommand(id(dossierId), body.newAppointmentAt(), body.reason(), clock.instant()),
                http);
    }

    @PostMapping("/archival")
    void archive(@PathVariable String dossierId, HttpServletRequest http) {
        commands.send(new ArchiveDossierCommand(id(dossierId), clock.instant()), http);
    }

    @PostMapping("/correction")
    void correct(@PathVariable String dossierId, @Valid @RequestBody Correction body, HttpServletRequest http) {
        commands.send(new CorrectDossierCommand(id(dossierId), body.field(), body.correctedValue(), body.reason()), http);
    }

    @PostMapping("/rating")
    void rate(@PathVariable String dossierId, @Valid @RequestBody Rating body, HttpServletRequest http) {
        FeedbackChannel channel = body.channel() == null ? FeedbackChannel.COUNTER_QR : body.channel();
        commands.send(new RateServiceCommand(id(dossierId), body.score(), body.comment(), channel, clock.instant()),
                http);
    }

    static DossierId id(String dossierId) {
        try {
            return new DossierId(dossierId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId);
        }
    }
}
