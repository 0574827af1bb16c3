package vn.hoso.archive.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import vn.hoso.archive.eventstore.EventChain;

/**
 * The root over every stream's chain head: SHA-256 over the streams in order of their identifiers (Java string
 * order), each as its identifier's UTF-8 bytes, a zero byte and its head hash (32 bytes).
 */
final class ArchiveRoot {

    private ArchiveRoot() {
    }

    static String of(SortedMap<String, byte[]> heads) {
        MessageDigest sha256 = EventChain.sha256();
        for (Map.Entry<String, byte[]> head : heads.entrySet()) {
            sha256.update(head.getKey().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(head.getValue());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
