package vn.hoso.archive.audit.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.audit.RecordHistory;
import vn.hoso.archive.dossier.DossierId;

@RestController
class HistoryController {

    private final RecordHistory history;

    HistoryController(RecordHistory history) {
        this.history = history;
    }

    @GetMapping("/api/dossiers/{dossierId}/history")
    List<RecordHistory.Entry> history(@PathVariable String dossierId) {
        List<RecordHistory.Entry> entries;
        try {
            entries = history.ofDossier(new DossierId(dossierId));
        } catch (IllegalArgumentException notACode) {
            entries = List.of();
        }
        if (entries.isEmpty()) {
            throw ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId);
        }
        return entries;
    }
}
