package vn.hoso.archive.digitization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DocumentIntake;
import vn.hoso.archive.digitization.DocumentIntake.AcceptedDocument;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;

/** Accepts scanned files for a dossier through {@link DocumentIntake}: a refused request stores nothing. */
@RestController
class DocumentUploadController {

    private final DossierLookup dossiers;
    private final DocumentIntake intake;
    private final CurrentActor currentActor;

    DocumentUploadController(DossierLookup dossiers, DocumentIntake intake, CurrentActor currentActor) {
        this.dossiers = dossiers;
        this.intake = intake;
        this.currentActor = currentActor;
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

    @PostMapping(path = "/api/dossiers/{dossierId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<AcceptedDocument> upload(@PathVariable String dossierId, @RequestParam("file") List<MultipartFile> files,
                                  HttpServletRequest http) throws IOException {
        DossierId dossier = existingDossier(dossierId);
        try (DocumentIntake.CheckedDocuments checked = intake.check(files.stream().map(UploadedDocument::new).toList())) {
            return intake.attach(checked, dossier, currentActor.of(http));
        }
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
