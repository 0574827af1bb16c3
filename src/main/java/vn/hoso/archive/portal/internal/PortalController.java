package vn.hoso.archive.portal.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.digitization.DocumentIntake;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;
import vn.hoso.archive.dossier.DossierReceivedEvent;

/**
 * The portal's intake: {@code POST /api/portal/dossiers} answers 201 with the receipt the first time a portal
 * dossier id is seen, and 200 with the same receipt every later time. Attachments come by URL in the request (see
 * {@link PortalAttachments}) or follow by upload through {@code POST /api/dossiers/{code}/documents}.
 */
@RestController
class PortalController {

    private static final Actor PORTAL = new Actor("system:portal");

    private final PortalIntake intake;
    private final ProcedureCatalogue catalogue;
    private final DossierLookup dossiers;
    private final DocumentIntake documentIntake;
    private final PortalAttachments attachmentsToFetch;

    PortalController(PortalIntake intake, ProcedureCatalogue catalogue, DossierLookup dossiers,
                     DocumentIntake documentIntake, PortalAttachments attachmentsToFetch) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.documentIntake = documentIntake;
        this.attachmentsToFetch = attachmentsToFetch;
    }

    record PortalApplicant(@NotBlank @Size(max = 200) String name, @Pattern(regexp = "\\d{12}|\\d{9}") String citizenId,
                           @Size(max = 500) String address, @Size(max = 100) String village,
                           @Pattern(regexp = "\\+?[0-9 ]{8,15}") String phone) {
    }

    record PortalAttachment(@NotBlank @Size(max = 2000) String url, @Size(max = 255) String name) {
    }

    record PortalDossier(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String portalDossierId,
                         @NotBlank String procedureCode, @NotNull @Valid PortalApplicant applicant,
                         List<@NotBlank @Size(max = 300) String> submittedDocuments,
                         @Size(max = 50) List<@Valid PortalAttachment> attachments) {
    }

    record PortalReceipt(String portalDossierId, String dossierId, Instant receivedAt, Instant dueAt,
                         boolean dueDateProvisional, List<DocumentIntake.AcceptedDocument> documents) {
    }

    /** Attachments are fetched and checked before the dossier is received: a bad one refuses the whole intake. */
    @PostMapping("/api/portal/dossiers")
    ResponseEntity<PortalReceipt> receive(@Valid @RequestBody PortalDossier request) throws IOException {
        Procedure procedure = catalogue.find(request.procedureCode())
                .orElseThrow(() -> ApiProblem.badRequest("UNKNOWN_PROCEDURE", request.procedureCode()));
        if (procedure.onlineLevel() == Procedure.OnlineLevel.OFFLINE) {
            throw ApiProblem.badRequest("PROCEDURE_NOT_ONLINE", procedure.code());
        }
        List<PortalAttachment> attachments = request.attachments() == null ? List.of() : request.attachments();
        try (DocumentIntake.CheckedDocuments documents = documentIntake.check(attachmentsToFetch.toFetch(attachments))) {
            Intake intake = receive(request, procedure);
            List<DocumentIntake.AcceptedDocument> accepted = documentIntake.attach(documents, intake.dossierId(), PORTAL);
            return ResponseEntity.status(intake.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(receipt(request.portalDossierId(), intake.dossierId(), accepted));
        }
    }

    private record Intake(DossierId dossierId, boolean created) {
    }

    private Intake receive(PortalDossier request, Procedure procedure) {
        PortalApplicant a = request.applicant();
        Applicant applicant = new Applicant(a.name().strip(), a.citizenId(), a.address(), a.village(), a.phone());
        var existing = intake.existing(request.portalDossierId(), procedure, applicant);
        if (existing.isPresent()) {
            return new Intake(existing.get(), false);
        }
        try {
            return new Intake(intake.receive(request.portalDossierId(), procedure, applicant,
                    request.submittedDocuments() == null ? List.of() : request.submittedDocuments()), true);
        } catch (DuplicateKeyException sameIdAtTheSameTime) {
            return new Intake(intake.existing(request.portalDossierId(), procedure, applicant).orElseThrow(), false);
        }
    }

    private PortalReceipt receipt(String portalDossierId, DossierId dossierId,
                                  List<DocumentIntake.AcceptedDocument> documents) {
        DossierReceivedEvent received = dossiers.receiptOf(dossierId).orElseThrow();
        return new PortalReceipt(portalDossierId, dossierId.value(), received.receivedAt(), received.dueAt(),
                received.dueDateProvisional(), documents);
    }
}
