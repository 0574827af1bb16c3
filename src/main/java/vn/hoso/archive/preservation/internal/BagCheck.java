package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import vn.hoso.archive.api.ApiProblem;

/**
 * Checks that a bag (a folder) is complete and valid by RFC 8493: bagit.txt declares version 1.0, every tag manifest
 * and payload manifest entry exists and has its checksum, every payload file is listed in every payload manifest,
 * and bag-info.txt's Payload-Oxum matches. Refuses with the first fault found, naming it by a stable code.
 */
final class BagCheck {

    private BagCheck() {
    }

    /** The payload files by their SHA-256, once the whole bag holds. */
    static Map<String, String> validate(Path bag) throws IOException {
        Path root = bag.toAbsolutePath().normalize();
        String declaration = read(root, "bagit.txt", "PACKAGE_NOT_A_BAG");
        if (!declaration.contains("BagIt-Version: 1.0") || !declaration.contains("Tag-File-Character-Encoding: UTF-8")) {
            throw refused("PACKAGE_NOT_A_BAG", "bagit.txt");
        }
        for (Checksums algorithm : Checksums.ALL) {
            checkEntries(root, "tagmanifest-" + algorithm.bagitName + ".txt", algorithm, false);
        }
        refuseUnknownManifests(root);
        Map<String, String> payload = null;
        for (Checksums algorithm : Checksums.ALL) {
            Map<String, String> entries = checkEntries(root, "manifest-" + algorithm.bagitName + ".txt", algorithm, true);
            refuseUnlisted(root, entries);
            payload = payload == null ? entries : payload;
        }
        checkOxum(root, payload);
        return payload;
    }

    private static Map<String, String> checkEntries(Path root, String manifestName, Checksums algorithm,
                                                    boolean required) throws IOException {
        if (!Files.isRegularFile(root.resolve(manifestName))) {
            if (required) {
                throw refused("PACKAGE_MANIFEST_MISSING", manifestName);
            }
            return Map.of();
        }
        Map<String, String> entries = new TreeMap<>();
        List<String> lines = read(root, manifestName, "PACKAGE_MANIFEST_MISSING").lines().toList();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]+")) {
                throw refused("PACKAGE_MANIFEST_INVALID", manifestName);
            }
            String path = BagPaths.decode(parts[1]);
            Path file = inside(root, path);
            if (!Files.isRegularFile(file)) {
                throw refused("PACKAGE_FILE_MISSING", path);
            }
            if (!hash(file, algorithm).equalsIgnoreCase(parts[0])) {
                throw refused("PACKAGE_CHECKSUM_MISMATCH", path);
            }
            entries.put(path, parts[0].toLowerCase());
        }
        return entries;
    }

    private static void refuseUnknownManifests(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean manifest = name.matches("(tag)?manifest-.+\\.txt");
                if (manifest && Checksums.ALL.stream().noneMatch(algorithm ->
                        name.equals("manifest-" + algorithm.bagitName + ".txt")
                                || name.equals("tagmanifest-" + algorithm.bagitName + ".txt"))) {
                    throw refused("PACKAGE_ALGORITHM_UNSUPPORTED", name);
                }
            }
        }
    }

    private static void refuseUnlisted(Path root, Map<String, String> entries) throws IOException {
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            throw refused("PACKAGE_NOT_A_BAG", "data/");
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!entries.containsKey(path)) {
                    throw refused("PACKAGE_FILE_UNLISTED", path);
                }
            }
        }
    }

    private static void checkOxum(Path root, Map<String, String> payload) throws IOException {
        String oxum = read(root, "bag-info.txt", "PACKAGE_NOT_A_BAG").lines()
                .filter(line -> line.startsWith("Payload-Oxum:"))
                .map(line -> line.substring("Payload-Oxum:".length()).strip())
                .findFirst().orElse(null);
        if (oxum == null) {
            return;
        }
        long bytes = 0;
        for (String path : payload.keySet()) {
            bytes += Files.size(root.resolve(path));
        }
        if (!oxum.equals(bytes + "." + payload.size())) {
            throw refused("PACKAGE_OXUM_MISMATCH", oxum);
        }
    }

    private static Path inside(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || path.startsWith("/")) {
            throw refused("PACKAGE_PATH_OUTSIDE", path);
        }
        return file;
    }

    private static String hash(Path file, Checksums algorithm) throws IOException {
        MessageDigest digest = algorithm.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String read(Path root, String name, String codeIfMissing) throws IOException {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw refused(codeIfMissing, name);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static ApiProblem refused(String code, String path) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, code, path).with("path", path);
    }
}
