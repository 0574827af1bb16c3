package vn.hoso.archive.dossier.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.dossier.DossierAction;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.internal.DossierListQuery;

/**
 * The officials' dossier list (state, official, due date, remaining working days, overdue flag, with filters) and one
 * dossier of it with the steps allowed in its state. Both read the list's read model, a moment behind the events.
 */
@RestController
class DossierListController {

    private static final int MAX_PAGE_SIZE = 200;

    private final DossierListQuery query;
    private final Clock clock;

    DossierListController(DossierListQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    /** A dossier as listed, with what an official may do with it now. */
    record DossierView(@JsonUnwrapped DossierListQuery.Entry entry, Set<DossierAction> allowedActions) {
    }

    @GetMapping("/api/dossiers")
    DossierListQuery.Page list(@RequestParam(required = false) DossierStatus status,
                               @RequestParam(required = false) String procedure,
                               @RequestParam(required = false) String field,
                               @RequestParam(required = false) String channel,
                               @RequestParam(required = false) String village,
                               @RequestParam(required = false) String official,
                               @RequestParam(required = false) Instant receivedFrom,
                               @RequestParam(required = false) Instant receivedTo,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.badRequest("INVALID_PAGE", MAX_PAGE_SIZE);
        }
        return query.find(new DossierListQuery.Filter(status, procedure, field, channel, village, official,
                receivedFrom, receivedTo), page, size, clock.instant());
    }

    @GetMapping("/api/dossiers/{dossierId}")
    DossierView dossier(@PathVariable String dossierId) {
        return query.find(dossierId, clock.instant())
                .map(entry -> new DossierView(entry, DossierAction.allowedIn(entry.status())))
                .orElseThrow(() -> ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId));
    }
}
