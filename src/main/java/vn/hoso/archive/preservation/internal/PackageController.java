package vn.hoso.archive.preservation.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;

/** Preservation packages over HTTP: export a scope as a BagIt zip, import (validate and restore) one. */
@RestController
class PackageController {

    private final PackageScopes scopes;
    private final PackageExporter exporter;
    private final PackageImporter importer;
    private final CurrentActor currentActor;

    PackageController(PackageScopes scopes, PackageExporter exporter, PackageImporter importer,
                      CurrentActor currentActor) {
        this.scopes = scopes;
        this.exporter = exporter;
        this.importer = importer;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/packages")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) List<String> dossier,
            @RequestParam(required = false) String procedure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request) throws IOException {
        PackageScope scope = scopes.of(dossier, procedure, from, to);
        List<DossierRecord> records = exporter.prepare(scope);
        Actor reader = currentActor.of(request);
        String remoteAddress = request.getRemoteAddr();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(scope.label() + ".bag.zip").build().toString())
                .body(out -> {
                    try (BagOutput zip = BagOutput.zip(out)) {
                        exporter.export(scope, records, zip, reader, remoteAddress);
                    }
                });
    }

    @PostMapping(path = "/api/packages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PackageImporter.Imported importPackage(@RequestParam("file") MultipartFile file) throws IOException {
        Path zip = Files.createTempFile("hoso-import", ".zip");
        try {
            file.transferTo(zip);
            return importer.importZip(zip);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
