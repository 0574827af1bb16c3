package vn.hoso.archive.catalogue.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;

@RestController
class ProcedureController {

    private final ProcedureCatalogue catalogue;

    ProcedureController(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/procedures")
    List<Procedure> all() {
        return catalogue.all();
    }

    @GetMapping("/api/procedures/{code}")
    Procedure one(@PathVariable String code) {
        return catalogue.find(code).orElseThrow(() -> ApiProblem.notFound("UNKNOWN_PROCEDURE", code));
    }
}
