package vn.hoso.archive.digitization.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.dossier.AttachDocumentCommand;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Accepts scanned files for a dossier. Every file is checked before any is kept, so a refused request stores nothing
 * and records no event; an accepted file is in object storage before its registration event exists.
 */
@RestController
class DocumentUploadController {

    private final DossierLookup dossiers;
    private final MediaTypeDetector detector;
    private final ObjectStore store;
    private final CommandGateway commands;
    private final CurrentActor currentActor;

    DocumentUploadController(DossierLookup dossiers, MediaTypeDetector detector, ObjectStore store,
                             CommandGateway commands, CurrentActor currentActor) {
        this.dossiers = dossiers;
        this.detector = detector;
        this.store = store;
        this.commands = commands;
        this.currentActor = currentActor;
    }

    record AcceptedDocument(String documentId, String originalName, String sha256, long sizeBytes, String mediaType) {
    }

    @PostMapping(path = "/api/dossiers/{dossierId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<AcceptedDocument> upload(@PathVariable String dossierId, @RequestParam("file") List<MultipartFile> files,
                                  HttpServletRequest http) throws IOException {
        Actor actor = currentActor.of(http);
        DossierId dossier = existingDossier(dossierId);
        List<IncomingFile> received = new ArrayList<>();
        try {
            List<AcceptedDocument> checked = new ArrayList<>();
            for (MultipartFile file : files) {
                IncomingFile incoming = IncomingFile.receive(file.getInputStream(), file.getOriginalFilename());
                received.add(incoming);
                checked.add(check(dossier, incoming));
            }
            for (int i = 0; i < checked.size(); i++) {
                accept(dossier, received.get(i), checked.get(i), actor);
            }
            return checked;
        } finally {
            for (IncomingFile incoming : received) {
                incoming.delete();
            }
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

    private AcceptedDocument check(DossierId dossier, IncomingFile incoming) throws IOException {
        if (incoming.sizeBytes() == 0) {
            throw ApiProblem.badRequest("EMPTY_FILE", incoming.originalName());
        }
        String mediaType = detector.detect(incoming.path());
        if (!detector.isSupported(mediaType)) {
            throw ApiProblem.badRequest("UNSUPPORTED_MEDIA_TYPE", incoming.originalName(), mediaType);
        }
        return new AcceptedDocument(documentIdOf(dossier, incoming.sha256()), incoming.originalName(),
                incoming.sha256(), incoming.sizeBytes(), mediaType);
    }

    private void accept(DossierId dossier, IncomingFile incoming, AcceptedDocument document, Actor actor) throws IOException {
        ObjectKey key = ObjectKey.original(document.sha256());
        if (!store.exists(key)) {
            store.put(key, incoming.path(), document.mediaType());
        }
        MetaData metaData = MetaData.with(Actor.METADATA_KEY, actor.name());
        try {
            commands.sendAndWait(new DocumentCommands.RegisterDocument(document.documentId(), dossier.value(),
                    document.sha256(), document.sizeBytes(), document.mediaType(), document.originalName()), metaData);
        } catch (AggregateStreamCreationException alreadyRegistered) {
            // The same file was uploaded to this dossier before: the upload is idempotent.
        }
        commands.sendAndWait(new AttachDocumentCommand(dossier, document.documentId(), document.sha256(),
                document.originalName()), metaData);
    }

    /** The same file uploaded twice to one dossier is one document. */
    private static String documentIdOf(DossierId dossier, String sha256) {
        return UUID.nameUUIDFromBytes((dossier.value() + "/" + sha256).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
