package vn.hoso.archive.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.api.ApiProblem;

/** Maintenance of the search index, for archivists: rebuild from the event store, and the drift check. */
@RestController
class SearchIndexController {

    private final SearchRebuild rebuild;
    private final SearchDrift drift;
    private final CurrentActor currentActor;

    SearchIndexController(SearchRebuild rebuild, SearchDrift drift, CurrentActor currentActor) {
        this.rebuild = rebuild;
        this.drift = drift;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Rebuild the search indices from the event store into a new generation; searches read the "
            + "old one until the switch. Returns the rebuild's progress (the running one if any).")
    @PostMapping("/api/search/index/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SearchRebuild.Progress startRebuild(HttpServletRequest request) {
        requireArchivist(request);
        return rebuild.start();
    }

    @Operation(summary = "Progress of the last rebuild")
    @GetMapping("/api/search/index/rebuild")
    SearchRebuild.Progress rebuildProgress(HttpServletRequest request) {
        requireArchivist(request);
        return rebuild.progress();
    }

    @Operation(summary = "Compare dossiers and pages in the event store with the index searches read")
    @GetMapping("/api/search/index/drift")
    SearchDrift.Report drift(HttpServletRequest request) {
        requireArchivist(request);
        return drift.check();
    }

    private void requireArchivist(HttpServletRequest request) {
        if (currentActor.roleOf(request) != Role.ARCHIVIST) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "SEARCH_INDEX_FORBIDDEN");
        }
    }
}
