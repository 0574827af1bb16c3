package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.hoso.archive.digitization.DocumentIntake;

/** A file already on this machine (a batch folder, the hot folder), taken in under the name it was given. */
record LocalDocument(Path path, String name) implements DocumentIntake.IncomingDocument {

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
