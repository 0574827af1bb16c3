package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.hoso.archive.access.Actor;

/**
 * Takes a manifest batch in as a zip: streamed to disk within the size limit, unpacked safely ({@link BatchZip}) and
 * its manifest read whole, all before the batch exists; a refusal deletes everything. An accepted batch's folder is
 * kept until its rows are imported ({@link BatchRunner}).
 */
@Component
class BatchUploads {

    private static final String UPLOAD = "upload.zip";
    private static final String FILES = "files";

    private final BatchUploadProperties properties;
    private final ManifestImport manifestImport;
    private final ImportBatches batches;

    BatchUploads(BatchUploadProperties properties, ManifestImport manifestImport, ImportBatches batches) {
        this.properties = properties;
        this.manifestImport = manifestImport;
        this.batches = batches;
    }

    record Accepted(String batchId, int rows) {
    }

    Accepted receive(InputStream zip, Actor actor) throws ImportRefusal, IOException {
        String batchId = UUID.randomUUID().toString();
        Path folder = Files.createDirectories(properties.folder().resolve(batchId));
        try {
            Path upload = folder.resolve(UPLOAD);
            copyWithinLimit(zip, upload);
            BatchZip.unpack(upload, Files.createDirectory(folder.resolve(FILES)), properties.zipLimits());
            Files.delete(upload);
            List<ArchiveManifest.Row> rows = manifestImport.readManifest(root(batchId).orElseThrow(
                    () -> new ImportRefusal("MANIFEST_MISSING", ArchiveManifest.FILE_NAME)));
            batches.create(batchId, actor, rows.size());
            return new Accepted(batchId, rows.size());
        } catch (ImportRefusal | IOException | RuntimeException refused) {
            FileSystemUtils.deleteRecursively(folder);
            throw refused;
        }
    }

    long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    String maxUploadMegabytes() {
        return String.valueOf(properties.maxUploadSize().toMegabytes());
    }

    /**
     * The folder holding the batch's manifest: the top of the zip, or its only folder when the zip was made by
     * compressing the batch folder itself. Empty when the upload is gone or has no manifest.
     */
    Optional<Path> root(String batchId) throws IOException {
        Path files = properties.folder().resolve(batchId).resolve(FILES);
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

    /** Deletes the batch's upload once its rows are through. */
    void discard(String batchId) throws IOException {
        FileSystemUtils.deleteRecursively(properties.folder().resolve(batchId));
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
