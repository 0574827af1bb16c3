package vn.hoso.archive.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

class FileSystemObjectStoreTest extends ObjectStoreContract {

    @Override
    ObjectStore store() throws IOException {
        return new FileSystemObjectStore(work.resolve("objects"));
    }

    @Test
    void leavesNoPartialFilesBehind() throws IOException {
        store().put(new ObjectKey("originals/ab/cd/x"), Files.writeString(work.resolve("x"), "x"), "text/plain");
        try (Stream<java.nio.file.Path> files = Files.walk(work.resolve("objects"))) {
            assertThat(files.map(Object::toString)).noneMatch(name -> name.contains(".partial-"));
        }
    }
}
