package vn.hoso.archive.portal.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;
import vn.hoso.archive.dossier.DossierReceivedEvent;

/**
 * The portal's intake: {@code POST /api/portal/dossiers} answers 201 with the receipt the first time a portal
 * dossier id is seen, and 200 with the same receipt every later time. Attachments follow through
 * {@code POST /api/dossiers/{code}/documents}.
 */
@RestController
class PortalController {

    private final PortalIntake intake;
    private final ProcedureCatalogue catalogue;
    private final DossierLookup dossiers;

    PortalController(PortalIntake intake, ProcedureCatalogue catalogue, DossierLookup dossiers) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
    }

    record PortalApplicant(@NotBlank @Size(max = 200) String name, @Pattern(regexp = "\\d{12}|\\d{9}") String citizenId,
                           @Size(max = 500) String address, @Size(max = 100) String village,
                           @Pattern(regexp = "\\+?[0-9 ]{8,15}") String phone) {
    }

    record PortalDossier(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String portalDossierId,
                         @NotBlank String procedureCode, @NotNull @Valid PortalApplicant applicant,
                         List<@NotBlank @Size(max = 300) String> submittedDocuments) {
    }

    record PortalReceipt(String portalDossierId, String dossierId, Instant receivedAt, Instant dueAt,
                         boolean dueDateProvisional) {
    }

    @PostMapping("/api/portal/dossiers")
    ResponseEntity<PortalReceipt> receive(@Valid @RequestBody PortalDossier request) {
        Procedure procedure = catalogue.find(request.procedureCode())
                .orElseThrow(() -> ApiProblem.badRequest("UNKNOWN_PROCEDURE", request.procedureCode()));
        if (procedure.onlineLevel() == Procedure.OnlineLevel.OFFLINE) {
            throw ApiProblem.badRequest("PROCEDURE_NOT_ONLINE", procedure.code());
        }
        PortalApplicant a = request.applicant();
        Applicant applicant = new Applicant(a.name().strip(), a.citizenId(), a.address(), a.village(), a.phone());
        var existing = intake.existing(request.portalDossierId(), procedure, applicant);
        if (existing.isPresent()) {
            return ResponseEntity.ok(receipt(request.portalDossierId(), existing.get()));
        }
        try {
            DossierId dossierId = intake.receive(request.portalDossierId(), procedure, applicant,
                    request.submittedDocuments() == null ? List.of() : request.submittedDocuments());
            return ResponseEntity.status(HttpStatus.CREATED).body(receipt(request.portalDossierId(), dossierId));
        } catch (DuplicateKeyException sameIdAtTheSameTime) {
            DossierId first = intake.existing(request.portalDossierId(), procedure, applicant).orElseThrow();
            return ResponseEntity.ok(receipt(request.portalDossierId(), first));
        }
    }

    private PortalReceipt receipt(String portalDossierId, DossierId dossierId) {
        DossierReceivedEvent received = dossiers.receiptOf(dossierId).orElseThrow();
        return new PortalReceipt(portalDossierId, dossierId.value(), received.receivedAt(), received.dueAt(),
                received.dueDateProvisional());
    }
}
