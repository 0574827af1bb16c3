package vn.hoso.archive.digitization;

import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * Someone asked for the document to be read again, e.g. with a newer model: run {@code run} starts, and its page
 * results supersede those of earlier runs, which stay in the history. {@code modelSha256} names the models the new
 * run will use.
 */
@Revision("1")
public record ReOcrRequestedEvent(String documentId, String dossierId, int run, String sha256, String mediaType,
                                  String originalName, String languages, Map<String, String> modelSha256,
                                  String reason, String requestedBy) {
}
