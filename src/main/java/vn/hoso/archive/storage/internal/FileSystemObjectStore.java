package vn.hoso.archive.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/** Objects as files below a root folder; written to a temporary name, forced to disk, then renamed into place. */
class FileSystemObjectStore implements ObjectStore {

    private final Path root;

    FileSystemObjectStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    @Override
    public void put(ObjectKey key, Path file, String contentType) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
        try {
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream get(ObjectKey key) throws IOException {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException("No stored object " + key);
        }
    }

    @Override
    public boolean exists(ObjectKey key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(ObjectKey key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    private Path pathOf(ObjectKey key) {
        Path path = root.resolve(key.value()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Object key escapes the store: " + key);
        }
        return path;
    }
}
