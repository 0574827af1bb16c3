package vn.hoso.archive.storage;

import java.util.regex.Pattern;

/** Where an object lives in the store: a slash-separated path of safe segments, never absolute, never {@code ..}. */
public record ObjectKey(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    public ObjectKey {
        if (value == null || !SAFE.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("Not a valid object key: " + value);
        }
    }

    /** The key of an original file, addressed by its SHA-256 and fanned out over two levels of folders. */
    public static ObjectKey original(String sha256) {
        return contentAddressed("originals", sha256);
    }

    public static ObjectKey contentAddressed(String kind, String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 in hex: " + sha256);
        }
        return new ObjectKey(kind + "/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256);
    }

    @Override
    public String toString() {
        return value;
    }
}
