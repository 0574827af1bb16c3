package vn.hoso.archive.extraction;

/** The stream of a document's metadata suggestions is {@code metadata:<documentId>}. */
public final class MetadataIds {

    private static final String PREFIX = "metadata:";

    private MetadataIds() {
    }

    public static String of(String documentId) {
        return PREFIX + documentId;
    }
}
