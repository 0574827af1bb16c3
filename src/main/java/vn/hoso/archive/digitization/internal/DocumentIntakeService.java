package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DocumentIntake;
import vn.hoso.archive.dossier.AttachDocumentCommand;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

@Service
class DocumentIntakeService implements DocumentIntake {

    private final MediaTypeDetector detector;
    private final ObjectStore store;
    private final CommandGateway commands;

    DocumentIntakeService(MediaTypeDetector detector, ObjectStore store, CommandGateway commands) {
        this.detector = detector;
        this.store = store;
        this.commands = commands;
    }

    private record CheckedFile(IncomingFile file, String mediaType) {
    }

    private record Checked(List<CheckedFile> files) implements CheckedDocuments {
        @Override
        public void close() throws IOException {
            for (CheckedFile checked : files) {
                checked.file().delete();
            }
        }
    }

    @Override
    public CheckedDocuments check(List<? extends IncomingDocument> documents) throws IOException {
        List<IncomingFile> received = new ArrayList<>();
        try {
            List<CheckedFile> checked = new ArrayList<>();
            for (IncomingDocument document : documents) {
                IncomingFile incoming = IncomingFile.receive(document.open(), document.name());
                received.add(incoming);
                checked.add(new CheckedFile(incoming, mediaTypeOf(incoming)));
            }
            return new Checked(checked);
        } catch (IOException | RuntimeException e) {
            for (IncomingFile incoming : received) {
                incoming.delete();
            }
            throw e;
        }
    }

    private String mediaTypeOf(IncomingFile incoming) throws IOException {
        if (incoming.sizeBytes() == 0) {
            throw ApiProblem.badRequest("EMPTY_FILE", incoming.originalName());
        }
        String mediaType = detector.detect(incoming.path());
        if (!detector.isSupported(mediaType)) {
            throw ApiProblem.badRequest("UNSUPPORTED_MEDIA_TYPE", incoming.originalName(), mediaType);
        }
        return mediaType;
    }

    @Override
    public List<AcceptedDocument> attach(CheckedDocuments documents, DossierId dossier, Actor actor)
            throws IOException {
        List<AcceptedDocument> accepted = new ArrayList<>();
        for (CheckedFile checked : ((Checked) documents).files()) {
            IncomingFile file = checked.file();
            AcceptedDocument document = new AcceptedDocument(documentIdOf(dossier, file.sha256()), file.originalName(),
                    file.sha256(), file.sizeBytes(), checked.mediaType());
            store(file, document);
            register(dossier, document, MetaData.with(Actor.METADATA_KEY, actor.name()));
            accepted.add(document);
        }
        return accepted;
    }

    private void store(IncomingFile file, AcceptedDocument document) throws IOException {
        ObjectKey key = ObjectKey.original(document.sha256());
        if (!store.exists(key)) {
            store.put(key, file.path(), document.mediaType());
        }
    }

    private void register(DossierId dossier, AcceptedDocument document, MetaData metaData) {
        try {
            commands.sendAndWait(new DocumentCommands.RegisterDocument(document.documentId(), dossier.value(),
                    document.sha256(), document.sizeBytes(), document.mediaType(), document.originalName()), metaData);
        } catch (AggregateStreamCreationException alreadyRegistered) {
            // The same file was taken in for this dossier before: intake is idempotent.
        }
        commands.sendAndWait(new AttachDocumentCommand(dossier, document.documentId(), document.sha256(),
                document.originalName()), metaData);
    }

    /** The same file taken in twice for one dossier is one document. */
    private static String documentIdOf(DossierId dossier, String sha256) {
        return UUID.nameUUIDFromBytes((dossier.value() + "/" + sha256).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
