package vn.hoso.archive.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The port through which every module keeps and reads back files. Writes are atomic: an object is whole or absent. */
public interface ObjectStore {

    /** Stores the file under the key; storing the same key again replaces it. */
    void put(ObjectKey key, Path file, String contentType) throws IOException;

    /** Opens the stored object; the caller closes the stream. */
    InputStream get(ObjectKey key) throws IOException;

    boolean exists(ObjectKey key) throws IOException;

    /** Removes the object for good; removing an absent object is no error. */
    void delete(ObjectKey key) throws IOException;
}
