package vn.hoso.archive.audit.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    VerificationController(ChainVerification verification, ArchiveAnchors anchors, MessageSource messages) {
        this.verification = verification;
        this.anchors = anchors;
        this.messages = messages;
    }

    @GetMapping("/api/verification")
    ChainVerification.Report verify(Locale locale) {
        return verification.verify(anchors.latest(), locale);
    }

    @PostMapping("/api/verification")
    ChainVerification.Report verifyAgainst(@RequestBody ArchiveAnchoredEvent anchor, Locale locale) {
        return verification.verify(Optional.of(anchor), locale);
    }

    @GetMapping(path = "/api/verification", produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyAsText(Locale locale) {
        return text(verify(locale), locale);
    }

    @PostMapping(path = "/api/verification", produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyAgainstAsText(@RequestBody ArchiveAnchoredEvent anchor, Locale locale) {
        return text(verifyAgainst(anchor, locale), locale);
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

    /** First line {@code intact} or {@code BROKEN} and last line {@code key=value} for scripts; the rest in words. */
    private String text(ChainVerification.Report report, Locale locale) {
        String findings = report.findings().stream()
                .map(finding -> messages.getMessage("verification.line", new Object[] {finding.kind(), finding.record(),
                        finding.sequenceNumber(), finding.globalIndex(), finding.detail()}, locale))
                .collect(Collectors.joining("\n", "", report.findings().isEmpty() ? "" : "\n"));
        ChainVerification.AnchorCheck anchor = report.anchor();
        String anchorLine = anchor == null ? messages.getMessage("verification.anchor.none", null, locale)
                : messages.getMessage(anchor.matches() ? "verification.anchor.matches" : "verification.anchor.differs",
                new Object[] {anchor.anchorId(), anchor.upToGlobalIndex(), anchor.recordedRoot(), anchor.recomputedRoot()},
                locale);
        return (report.intact() ? "intact\n" : "BROKEN\n") + findings + anchorLine + "\n"
                + "intact=%s events=%d streams=%d findings=%d millis=%d events_per_s=%.0f%n".formatted(report.intact(),
                report.events(), report.streams(), report.findings().size(), report.millis(),
                report.events() * 1000.0 / Math.max(1, report.millis()));
    }
}
