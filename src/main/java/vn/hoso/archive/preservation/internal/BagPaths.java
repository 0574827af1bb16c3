package vn.hoso.archive.preservation.internal;

/** Paths in manifests as RFC 8493 writes them: CR, LF and % percent-encoded. */
final class BagPaths {

    private BagPaths() {
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r")
                .replace("%25", "%");
    }
}
