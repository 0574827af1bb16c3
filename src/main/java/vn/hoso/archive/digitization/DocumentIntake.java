package vn.hoso.archive.digitization;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.DossierId;

/**
 * Takes scanned files in for a dossier, whatever the entry point (upload, portal attachment): first every file is
 * copied and checked ({@link #check}), so a refused batch keeps nothing; then the checked files are stored and
 * attached ({@link #attach}); an original is in object storage before its registration event exists.
 */
public interface DocumentIntake {

    /** One file as its sender gave it; {@link #open()} is called once. */
    interface IncomingDocument {
        InputStream open() throws IOException;

        String name();
    }

    /** Files copied to private temporary storage and checked; closing deletes the copies. */
    interface CheckedDocuments extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    record AcceptedDocument(String documentId, String originalName, String sha256, long sizeBytes, String mediaType) {
    }

    /** Refuses the whole batch (an {@code ApiProblem}) at the first empty, oversized or unsupported file. */
    CheckedDocuments check(List<? extends IncomingDocument> documents) throws IOException;

    /** Stores each original once and attaches it to the dossier; the same file twice is one document. */
    List<AcceptedDocument> attach(CheckedDocuments documents, DossierId dossier, Actor actor) throws IOException;
}
