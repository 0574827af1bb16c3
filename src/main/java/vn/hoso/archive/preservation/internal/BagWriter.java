package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a BagIt 1.0 bag (RFC 8493): payload files under {@code data/}, each hashed with SHA-256 and SHA-512 as it
 * is written, then the tag files (bagit.txt, bag-info.txt, the payload manifests) and the tag manifests over them.
 */
class BagWriter {

    static final String PAYLOAD = "data/";

    private final BagOutput output;
    private final Map<Checksums, Map<String, String>> manifests = new EnumMap<>(Checksums.class);
    private long payloadBytes;

    BagWriter(BagOutput output) {
        this.output = output;
        Checksums.ALL.forEach(algorithm -> manifests.put(algorithm, new TreeMap<>()));
    }

    /** Copies a payload file into the bag and gives its SHA-256. */
    String payload(String path, InputStream content, boolean compress) throws IOException {
        Map<Checksums, MessageDigest> digests = new EnumMap<>(Checksums.class);
        Checksums.ALL.forEach(algorithm -> digests.put(algorithm, algorithm.digest()));
        long size;
        try (OutputStream file = output.open(PAYLOAD + path, compress)) {
            OutputStream hashing = file;
            for (MessageDigest digest : digests.values()) {
                hashing = new DigestOutputStream(hashing, digest);
            }
            size = content.transferTo(hashing);
            hashing.flush();
        }
        payloadBytes += size;
        digests.forEach((algorithm, digest) ->
                manifests.get(algorithm).put(PAYLOAD + path, HexFormat.of().formatHex(digest.digest())));
        return manifests.get(Checksums.SHA256).get(PAYLOAD + path);
    }

    String payload(String path, byte[] content) throws IOException {
        return payload(path, new java.io.ByteArrayInputStream(content), true);
    }

    /** Writes the tag files; {@code info} are bag-info.txt's own fields, in order. */
    void finish(Map<String, String> info) throws IOException {
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("bagit.txt", text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        Map<String, String> bagInfo = new LinkedHashMap<>(info);
        bagInfo.put("Bagging-Date", LocalDate.now().toString());
        bagInfo.put("Payload-Oxum", payloadBytes + "." + manifests.get(Checksums.SHA256).size());
        StringBuilder infoText = new StringBuilder();
        bagInfo.forEach((label, value) -> infoText.append(label).append(": ").append(value).append('\n'));
        tags.put("bag-info.txt", text(infoText.toString()));
        manifests.forEach((algorithm, entries) ->
                tags.put("manifest-" + algorithm.bagitName + ".txt", text(manifest(entries))));
        for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
            write(tag.getKey(), tag.getValue());
        }
        for (Checksums algorithm : Checksums.ALL) {
            Map<String, String> entries = new TreeMap<>();
            tags.forEach((name, content) -> entries.put(name, algorithm.hex(content)));
            write("tagmanifest-" + algorithm.bagitName + ".txt", text(manifest(entries)));
        }
    }

    private void write(String path, byte[] content) throws IOException {
        try (OutputStream file = output.open(path, true)) {
            file.write(content);
        }
    }

    private static String manifest(Map<String, String> entries) {
        StringBuilder manifest = new StringBuilder();
        entries.forEach((path, checksum) -> manifest.append(checksum).append("  ").append(BagPaths.encode(path))
                .append('\n'));
        return manifest.toString();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
