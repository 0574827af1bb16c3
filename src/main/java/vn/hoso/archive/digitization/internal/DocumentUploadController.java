package vn.hoso.archive.digitization.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DocumentIntake;
import vn.hoso.archive.digitization.DocumentIntake.AcceptedDocument;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;

/**
 * Accepts scanned files for a dossier through {@link DocumentIntake} (a refused request stores nothing), and tells
 * how far an upload's files have come ({@link UploadProgress}).
 */
@RestController
class DocumentUploadController {

    private final DossierLookup dossiers;
    private final DocumentIntake intake;
    private final CurrentActor currentActor;
    private final UploadProgress uploads;

    DocumentUploadController(DossierLookup dossiers, DocumentIntake intake, CurrentActor currentActor,
                             UploadProgress uploads) {
        this.dossiers = dossiers;
        this.intake = intake;
        this.currentActor = currentActor;
        this.uploads = uploads;
    }

    private record UploadedDocument(MultipartFile file) implements DocumentIntake.IncomingDocument {
        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }

        @Override
        public String name() {
            return file.getOriginalFilename();
        }
    }

    @Operation(summary = "Upload scanned files to a dossier",
            description = "Every file is checked (not empty, PNG, JPEG, TIFF or PDF by its bytes, within "
                    + "hoso.digitization.max-upload-size) before any is stored. The answer lists the documents; its "
                    + "Location header names the upload's progress resource.")
    @PostMapping(path = "/api/dossiers/{dossierId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<AcceptedDocument>> upload(@PathVariable String dossierId,
                                                  @RequestParam("file") List<MultipartFile> files,
                                                  HttpServletRequest http) throws IOException {
        DossierId dossier = existingDossier(dossierId);
        Actor actor = currentActor.of(http);
        try (DocumentIntake.CheckedDocuments checked = intake.check(files.stream().map(UploadedDocument::new).toList())) {
            List<AcceptedDocument> accepted = intake.attach(checked, dossier, actor);
            String uploadId = uploads.record(dossier, accepted, actor);
            return ResponseEntity.accepted().location(URI.create("/api/uploads/" + uploadId)).body(accepted);
        }
    }

    @Operation(summary = "Progress of an upload",
            description = "Each uploaded document with the pages recognized so far, whether it is finished, and a "
                    + "failure's stable code and reason; state DIGITIZING or DONE. For the uploader and archivists.")
    @GetMapping("/api/uploads/{uploadId}")
    UploadProgress.Status progress(@PathVariable String uploadId, HttpServletRequest http, Locale locale) {
        UploadProgress.Status status = uploads.of(uploadId, locale)
                .orElseThrow(() -> ApiProblem.notFound("UPLOAD_NOT_FOUND", uploadId));
        if (!status.actor().equals(currentActor.of(http).name()) && currentActor.roleOf(http) != Role.ARCHIVIST) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "UPLOAD_FORBIDDEN");
        }
        return status;
    }

    private DossierId existingDossier(String dossierId) {
        DossierId id;
        try {
            id = new DossierId(dossierId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId);
        }
        if (!dossiers.exists(id)) {
            throw ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId);
        }
        return id;
    }
}
