package vn.hoso.archive.dossier;

import static vn.hoso.archive.dossier.DossierStatus.ARCHIVED;
import static vn.hoso.archive.dossier.DossierStatus.AT_VILLAGE;
import static vn.hoso.archive.dossier.DossierStatus.AWAITING_SUPPLEMENT;
import static vn.hoso.archive.dossier.DossierStatus.DISPOSED;
import static vn.hoso.archive.dossier.DossierStatus.IN_PROGRESS;
import static vn.hoso.archive.dossier.DossierStatus.RECEIVED;
import static vn.hoso.archive.dossier.DossierStatus.REJECTED;
import static vn.hoso.archive.dossier.DossierStatus.RESULT_ISSUED;
import static vn.hoso.archive.dossier.DossierStatus.RESULT_RETURNED;
import static vn.hoso.archive.dossier.DossierStatus.UNDER_DISPOSITION_REVIEW;
import static vn.hoso.archive.dossier.DossierStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a dossier, and in which states. */
public enum DossierAction {
    ASSIGN(RECEIVED, IN_PROGRESS),
    FORWARD_TO_VILLAGE(RECEIVED, IN_PROGRESS),
    RECORD_VILLAGE_REPLY(AT_VILLAGE),
    REQUEST_SUPPLEMENT(RECEIVED, IN_PROGRESS),
    RECEIVE_SUPPLEMENT(AWAITING_SUPPLEMENT),
    ISSUE_RESULT(RECEIVED, IN_PROGRESS),
    RETURN_RESULT(RESULT_ISSUED),
    REJECT(RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT),
    WITHDRAW(RECEIVED, IN_PROGRESS, AT_VILLAGE, AWAITING_SUPPLEMENT),
    ISSUE_APOLOGY(RECEIVED, IN_PROGRESS, AT_VILLAGE),
    ARCHIVE(RESULT_RETURNED, REJECTED, WITHDRAWN),
    CORRECT(RESULT_ISSUED, RESULT_RETURNED, ARCHIVED),
    ATTACH_DOCUMENT(DossierStatus.values()),
    RATE_SERVICE(RESULT_ISSUED, RESULT_RETURNED, REJECTED, WITHDRAWN, ARCHIVED),
    START_DISPOSITION_REVIEW(ARCHIVED),
    APPROVE_DISPOSITION(UNDER_DISPOSITION_REVIEW),
    CANCEL_DISPOSITION_REVIEW(UNDER_DISPOSITION_REVIEW),
    DISPOSE(UNDER_DISPOSITION_REVIEW),
    PLACE_LEGAL_HOLD(EnumSet.complementOf(EnumSet.of(DISPOSED)).toArray(DossierStatus[]::new)),
    RELEASE_LEGAL_HOLD(EnumSet.complementOf(EnumSet.of(DISPOSED)).toArray(DossierStatus[]::new));

    private final Set<DossierStatus> allowedIn;

    DossierAction(DossierStatus... allowedIn) {
        this.allowedIn = EnumSet.of(allowedIn[0], allowedIn);
    }

    public boolean isAllowedIn(DossierStatus status) {
        return allowedIn.contains(status);
    }

    public static Set<DossierAction> allowedIn(DossierStatus status) {
        Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : values()) {
            if (action.isAllowedIn(status)) {
                actions.add(action);
            }
        }
        return actions;
    }
}
