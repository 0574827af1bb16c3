package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload copied to a private temporary file, with its SHA-256 computed on the way. The caller deletes it. */
record IncomingFile(Path path, String sha256, long sizeBytes, String originalName) {

    private static final int MAX_NAME_LENGTH = 255;

    static IncomingFile receive(InputStream content, String claimedName) throws IOException {
        Path path = Files.createTempFile("hoso-upload-", ".bin");
        MessageDigest sha256 = newSha256Digest();
        try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(path)) {
            in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new IncomingFile(path, HexFormat.of().formatHex(sha256.digest()), Files.size(path), displayName(claimedName));
    }

    /** The file name a client claims, reduced to its last path segment without control characters: never a path. */
    static String displayName(String claimedName) {
        if (claimedName == null) {
            return "unnamed";
        }
        String lastSegment = claimedName.substring(Math.max(claimedName.lastIndexOf('/'), claimedName.lastIndexOf('\\')) + 1);
        String clean = lastSegment.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "unnamed";
        }
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH) : clean;
    }

    void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    private static MessageDigest newSha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
