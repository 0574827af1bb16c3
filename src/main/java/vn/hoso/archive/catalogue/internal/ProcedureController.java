package vn.hoso.archive.catalogue.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.catalogue.ProcedureFile;
import vn.hoso.archive.catalogue.ProcedureRevision;

@RestController
class ProcedureController {

    private final ProcedureCatalogue catalogue;
    private final CurrentActor currentActor;

    ProcedureController(ProcedureCatalogue catalogue, CurrentActor currentActor) {
        this.catalogue = catalogue;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/procedures")
    List<Procedure> all() {
        return catalogue.all();
    }

    @GetMapping("/api/procedures/{code}")
    Procedure one(@PathVariable String code) {
        return catalogue.find(code).orElseThrow(() -> ApiProblem.notFound("UNKNOWN_PROCEDURE", code));
    }

    @GetMapping("/api/procedures/{code}/history")
    List<ProcedureRevision> history(@PathVariable String code) {
        one(code);
        return catalogue.history(code);
    }

    /** Imports an edited procedure file (format in catalogue/README.md); a bad line imports nothing. */
    @PostMapping("/api/procedures/import")
    ProcedureCatalogue.ImportResult importFile(@RequestParam("file") MultipartFile file, HttpServletRequest http)
            throws IOException {
        Actor actor = currentActor.of(http);
        String source = "upload:" + Objects.requireNonNullElse(file.getOriginalFilename(), "procedures.tsv");
        try (InputStream in = file.getInputStream()) {
            return catalogue.importFile(in, source, actor);
        } catch (ProcedureFile.InvalidLineException invalid) {
            throw ApiProblem.badRequest("CATALOGUE_INVALID_LINE", invalid.line(), invalid.getMessage())
                    .with("line", invalid.line());
        }
    }
}
