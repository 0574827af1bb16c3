package vn.hoso.archive.digitization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.access.Role;
import vn.hoso.archive.api.ApiProblem;

/** Manifest batches over HTTP, for archivists: upload a zip ({@link BatchUploads}), then follow its progress. */
@RestController
class BatchUploadController {

    private static final Set<String> TOO_LARGE = Set.of("BATCH_TOO_LARGE");

    private final BatchUploads uploads;
    private final BatchRunner runner;
    private final BatchProgress progress;
    private final CurrentActor currentActor;

    BatchUploadController(BatchUploads uploads, BatchRunner runner, BatchProgress progress, CurrentActor currentActor) {
        this.uploads = uploads;
        this.runner = runner;
        this.progress = progress;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Import a manifest batch",
            description = "The body is a zip holding manifest.csv (columns box,folder,item,procedure,year,applicant,"
                    + "village,pages; UTF-8) and the page files it names, at its top or inside its only folder. The zip"
                    + " is checked whole before anything is imported: size, entry count, unpacked size and compression"
                    + " ratio, entry names (no .., absolute paths or links, no duplicates), no zip inside, and the"
                    + " manifest's encoding and columns. An accepted batch is kept in the object store before the"
                    + " answer, then imported row by row in the background as ./hoso import does, by one node of the"
                    + " cluster at a time; another node takes it over when that node stops or is lost. Archivists only.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = BatchUploads.ZIP, schema = @Schema(type = "string", format = "binary"))),
            responses = {
                @ApiResponse(responseCode = "202", description = "Accepted; Location names the progress resource"),
                @ApiResponse(responseCode = "403", description = "code BATCH_IMPORT_FORBIDDEN"),
                @ApiResponse(responseCode = "413", description = "code BATCH_TOO_LARGE"),
                @ApiResponse(responseCode = "422", description = "code BATCH_NOT_A_ZIP, BATCH_TOO_MANY_ENTRIES, "
                        + "BATCH_TOO_LARGE_UNPACKED, BATCH_ZIP_BOMB, BATCH_ENTRY_NAME_NOT_ALLOWED, BATCH_ENTRY_SYMLINK, "
                        + "BATCH_ENTRY_DUPLICATE, BATCH_ENTRY_UNREADABLE, BATCH_NESTED_ARCHIVE, MANIFEST_MISSING, "
                        + "MANIFEST_NOT_UTF8, MANIFEST_COLUMNS, MANIFEST_UNREADABLE or MANIFEST_EMPTY")})
    @PostMapping(path = "/api/batches", consumes = BatchUploads.ZIP)
    ResponseEntity<BatchUploads.Accepted> upload(HttpServletRequest request) throws IOException {
        Actor actor = archivist(request);
        if (request.getContentLengthLong() > uploads.maxUploadBytes()) {
            throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "BATCH_TOO_LARGE", uploads.maxUploadMegabytes());
        }
        BatchUploads.Accepted accepted;
        try {
            accepted = uploads.receive(request.getInputStream(), actor);
        } catch (ImportRefusal refusal) {
            throw new ApiProblem(TOO_LARGE.contains(refusal.code()) ? HttpStatus.PAYLOAD_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_ENTITY, refusal.code(), refusal.arguments());
        }
        runner.wake();
        return ResponseEntity.accepted().location(URI.create("/api/batches/" + accepted.batchId())).body(accepted);
    }

    @Operation(summary = "Progress of a manifest batch",
            description = "Rows total, imported and failed (each failed row with its stable code and the reason), "
                    + "pages recognized of the imported documents' pages, the state: IMPORTING, DIGITIZING, DONE "
                    + "(or STOPPED when its upload was lost), and while it is imported, the node running it and "
                    + "since when (runner). Archivists only.")
    @GetMapping("/api/batches/{batchId}")
    BatchProgress.Status progress(@PathVariable String batchId, HttpServletRequest request, Locale locale) {
        archivist(request);
        return progress.of(batchId, locale).orElseThrow(() -> ApiProblem.notFound("BATCH_NOT_FOUND", batchId));
    }

    private Actor archivist(HttpServletRequest request) {
        if (currentActor.roleOf(request) != Role.ARCHIVIST) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "BATCH_IMPORT_FORBIDDEN");
        }
        return currentActor.of(request);
    }
}
