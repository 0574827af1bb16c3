package vn.hoso.archive.audit.internal;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.audit.ArchiveAnchoredEvent;
import vn.hoso.archive.audit.ArchiveAnchors;
import vn.hoso.archive.audit.ChainVerification;

/**
 * Tamper evidence over HTTP: verify the whole store (against the latest anchor in the store, or against an anchor
 * kept outside it, posted back), take an anchor, read the latest one. Text forms serve {@code ./hoso verify}.
 */
@RestController
class VerificationController {

    private final ChainVerification verification;
    private final ArchiveAnchors anchors;

    VerificationController(ChainVerification verification, ArchiveAnchors anchors) {
        this.verification = verification;
        this.anchors = anchors;
    }

    @GetMapping("/api/verification")
    ChainVerification.Report verify() {
        return verification.verify();
    }

    @PostMapping("/api/verification")
    ChainVerification.Report verifyAgainst(@RequestBody ArchiveAnchoredEvent anchor) {
        return verification.verify(Optional.of(anchor));
    }

    @GetMapping(path = "/api/verification", produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyAsText() {
        return text(verification.verify());
    }

    @PostMapping(path = "/api/verification", produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyAgainstAsText(@RequestBody ArchiveAnchoredEvent anchor) {
        return text(verification.verify(Optional.of(anchor)));
    }

    @PostMapping("/api/anchors")
    @ResponseStatus(HttpStatus.CREATED)
    ArchiveAnchoredEvent anchor() {
        return anchors.anchor();
    }

    @GetMapping("/api/anchors/latest")
    ArchiveAnchoredEvent latestAnchor() {
        return anchors.latest().orElseThrow(() -> ApiProblem.notFound("ANCHOR_NOT_FOUND"));
    }

    private static String text(ChainVerification.Report report) {
        String findings = report.findings().stream()
                .map(finding -> "%s %s #%d (global index %d): %s".formatted(finding.kind(), finding.record(),
                        finding.sequenceNumber(), finding.globalIndex(), finding.detail()))
                .collect(Collectors.joining("\n", "", report.findings().isEmpty() ? "" : "\n"));
        ChainVerification.AnchorCheck anchor = report.anchor();
        String anchorLine = anchor == null ? "anchor: none recorded yet\n"
                : "anchor %s up to global index %d: %s (recorded %s, recomputed %s)%n".formatted(anchor.anchorId(),
                anchor.upToGlobalIndex(), anchor.matches() ? "matches" : "DOES NOT MATCH", anchor.recordedRoot(),
                anchor.recomputedRoot());
        return (report.intact() ? "intact\n" : "BROKEN\n") + findings + anchorLine
                + "intact=%s events=%d streams=%d findings=%d millis=%d events_per_s=%.0f%n".formatted(report.intact(),
                report.events(), report.streams(), report.findings().size(), report.millis(),
                report.events() * 1000.0 / Math.max(1, report.millis()));
    }
}
