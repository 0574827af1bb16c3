package vn.hoso.archive.dossier.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.dossier.ApproveDispositionCommand;
import vn.hoso.archive.dossier.CancelDispositionReviewCommand;
import vn.hoso.archive.dossier.DisposeDossierCommand;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;
import vn.hoso.archive.dossier.PlaceLegalHoldCommand;
import vn.hoso.archive.dossier.ReleaseLegalHoldCommand;
import vn.hoso.archive.dossier.RetentionPolicy;
import vn.hoso.archive.dossier.StartDispositionReviewCommand;
import vn.hoso.archive.dossier.rest.DossierActionsController.Reason;

/**
 * Retention and disposition: review for destruction once the procedure's retention period is over, approval by two
 * different officials (each approving as the request's actor), legal holds, and the destruction itself.
 */
@RestController
@RequestMapping("/api/dossiers/{dossierId}")
@ResponseStatus(HttpStatus.NO_CONTENT)
class DispositionController {

    private final DossierCommandSender commands;
    private final DossierLookup lookup;
    private final RetentionPolicy retention;
    private final CurrentActor currentActor;
    private final Clock clock;

    DispositionController(DossierCommandSender commands, DossierLookup lookup, RetentionPolicy retention,
                          CurrentActor currentActor, Clock clock) {
        this.commands = commands;
        this.lookup = lookup;
        this.retention = retention;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @PostMapping("/disposition-review")
    void startReview(@PathVariable String dossierId, @Valid @RequestBody Reason body, HttpServletRequest http) {
        DossierId id = DossierActionsController.id(dossierId);
        String procedure = lookup.receiptOf(id).orElseThrow(() -> ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId))
                .procedureCode();
        commands.send(new StartDispositionReviewCommand(id, retention.yearsFor(procedure).orElse(null), body.reason(),
                clock.instant()), http);
    }

    @PostMapping("/disposition-approval")
    void approve(@PathVariable String dossierId, HttpServletRequest http) {
        Actor official = currentActor.of(http);
        if (official.equals(Actor.ANONYMOUS)) {
            throw ApiProblem.badRequest("ACTOR_REQUIRED");
        }
        commands.send(new ApproveDispositionCommand(DossierActionsController.id(dossierId), official.name()), http);
    }

    @PostMapping("/disposition-review-cancellation")
    void cancelReview(@PathVariable String dossierId, @Valid @RequestBody Reason body, HttpServletRequest http) {
        commands.send(new CancelDispositionReviewCommand(DossierActionsController.id(dossierId), body.reason()), http);
    }

    @PostMapping("/legal-hold")
    void placeHold(@PathVariable String dossierId, @Valid @RequestBody Reason body, HttpServletRequest http) {
        commands.send(new PlaceLegalHoldCommand(DossierActionsController.id(dossierId), body.reason(), clock.instant()),
                http);
    }

    @PostMapping("/legal-hold-release")
    void releaseHold(@PathVariable String dossierId, @Valid @RequestBody Reason body, HttpServletRequest http) {
        commands.send(new ReleaseLegalHoldCommand(DossierActionsController.id(dossierId), body.reason(),
                clock.instant()), http);
    }

    @PostMapping("/disposition")
    void dispose(@PathVariable String dossierId, HttpServletRequest http) {
        commands.send(new DisposeDossierCommand(DossierActionsController.id(dossierId), clock.instant()), http);
    }
}
