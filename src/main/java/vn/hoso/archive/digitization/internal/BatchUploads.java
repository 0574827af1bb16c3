package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Takes a manifest batch in as a zip: streamed to disk within the size limit, unpacked safely ({@link BatchZip}) and
 * its manifest read whole, then the zip as received is kept in the object store, all before the batch exists; a
 * refusal deletes everything. Any node can then run the batch: its working copy, under this node's folder, is the
 * stored zip unpacked again when the node does not have it whole. The stored zip and the working copies go once every
 * row is through: each accepted page is then an original of its own in the store, and a refused row's files are
 * kept nowhere, as with {@code ./hoso import}.
 */
@Component
class BatchUploads {

    static final String ZIP = "application/zip";
    private static final String UPLOAD = "upload.zip";
    private static final String FILES = "files";
    private static final String UNPACKING = "files.partial";

    private final BatchUploadProperties properties;
    private final ManifestImport manifestImport;
    private final ImportBatches batches;
    private final ObjectStore store;
    private final Set<String> receiving = ConcurrentHashMap.newKeySet();

    BatchUploads(BatchUploadProperties properties, ManifestImport manifestImport, ImportBatches batches,
                 ObjectStore store) {
        this.properties = properties;
        this.manifestImport = manifestImport;
        this.batches = batches;
        this.store = store;
    }

    record Accepted(String batchId, int rows) {
    }

    Accepted receive(InputStream zip, Actor actor) throws ImportRefusal, IOException {
        String batchId = UUID.randomUUID().toString();
        receiving.add(batchId);
        Path folder = Files.createDirectories(folderOf(batchId));
        try {
            Path upload = folder.resolve(UPLOAD);
            copyWithinLimit(zip, upload);
            unpack(upload, folder);
            List<ArchiveManifest.Row> rows = manifestImport.readManifest(root(batchId).orElseThrow(
                    () -> new ImportRefusal("MANIFEST_MISSING", ArchiveManifest.FILE_NAME)));
            keep(batchId, upload, actor, rows.size());
            Files.delete(upload);
            return new Accepted(batchId, rows.size());
        } catch (ImportRefusal | IOException | RuntimeException refused) {
            FileSystemUtils.deleteRecursively(folder);
            throw refused;
        } finally {
            receiving.remove(batchId);
        }
    }

    /** The zip in the object store first, then the batch's row; a row not written takes the stored zip with it. */
    private void keep(String batchId, Path upload, Actor actor, int rows) throws IOException {
        store.put(storedUpload(batchId), upload, ZIP);
        try {
            batches.create(batchId, actor, rows);
        } catch (RuntimeException notCreated) {
            store.delete(storedUpload(batchId));
            throw notCreated;
        }
    }

    long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    String maxUploadMegabytes() {
        return String.valueOf(properties.maxUploadSize().toMegabytes());
    }

    /**
     * The folder holding the batch's manifest in this node's working copy, unpacked again from the stored zip when
     * this node has no whole copy. Empty when the stored zip is gone (or has no manifest).
     */
    Optional<Path> workingCopy(String batchId) throws ImportRefusal, IOException {
        Optional<Path> root = root(batchId);
        if (root.isPresent() || !store.exists(storedUpload(batchId))) {
            return root;
        }
        Path folder = folderOf(batchId);
        FileSystemUtils.deleteRecursively(folder);
        Path upload = Files.createDirectories(folder).resolve(UPLOAD);
        try (InputStream stored = store.get(storedUpload(batchId))) {
            Files.copy(stored, upload);
        }
        unpack(upload, folder);
        Files.delete(upload);
        return root(batchId);
    }

    /** Deletes the stored zip and this node's working copy once the batch's rows are through. */
    void discard(String batchId) throws IOException {
        store.delete(storedUpload(batchId));
        FileSystemUtils.deleteRecursively(folderOf(batchId));
    }

    /**
     * Deletes this node's working copies of batches that are through (run to the end by another node, perhaps) and
     * what an accept cut off by a crash left: a folder with no batch, with its stored zip if it got that far.
     */
    void sweepWorkingCopies() throws IOException {
        if (!Files.isDirectory(properties.folder())) {
            return;
        }
        List<String> folders;
        try (Stream<Path> children = Files.list(properties.folder())) {
            folders = children.map(child -> child.getFileName().toString()).filter(name -> !receiving.contains(name))
                    .toList();
        }
        for (String batchId : folders) {
            Optional<ImportBatches.Batch> batch = batches.find(batchId);
            if (batch.isEmpty()) {
                discard(batchId);
            } else if (batch.get().through()) {
                FileSystemUtils.deleteRecursively(folderOf(batchId));
            }
        }
    }

    /** Unpacks into a folder of its own renamed into place at the end, so a working copy is whole or absent. */
    private void unpack(Path upload, Path folder) throws ImportRefusal, IOException {
        Path unpacking = Files.createDirectory(folder.resolve(UNPACKING));
        BatchZip.unpack(upload, unpacking, properties.zipLimits());
        Files.move(unpacking, folder.resolve(FILES), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The folder holding the batch's manifest: the top of the zip, or its only folder when the zip was made by
     * compressing the batch folder itself. Empty when there is no working copy or it has no manifest.
     */
    private Optional<Path> root(String batchId) throws IOException {
        Path files = folderOf(batchId).resolve(FILES);
        if (Files.isRegularFile(files.resolve(ArchiveManifest.FILE_NAME))) {
            return Optional.of(files);
        }
        if (!Files.isDirectory(files)) {
            return Optional.empty();
        }
        try (Stream<Path> top = Files.list(files)) {
            List<Path> children = top.toList();
            return children.size() == 1 && Files.isRegularFile(children.get(0).resolve(ArchiveManifest.FILE_NAME))
                    ? Optional.of(children.get(0)) : Optional.empty();
        }
    }

    private Path folderOf(String batchId) {
        return properties.folder().resolve(batchId);
    }

    private static ObjectKey storedUpload(String batchId) {
        return new ObjectKey("batches/" + batchId + "/" + UPLOAD);
    }

    private void copyWithinLimit(InputStream zip, Path upload) throws ImportRefusal, IOException {
        long limit = maxUploadBytes();
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(upload)) {
            int read;
            while ((read = zip.read(buffer)) >= 0) {
                copied += read;
                if (copied > limit) {
                    throw new ImportRefusal("BATCH_TOO_LARGE", maxUploadMegabytes());
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
