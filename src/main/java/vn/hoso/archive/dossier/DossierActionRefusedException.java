package vn.hoso.archive.dossier;

import java.util.Set;

/**
 * An action the dossier's state does not allow now. {@code reason} is a stable code: {@code ACTION_NOT_ALLOWED}
 * (wrong state), {@code APOLOGY_REQUIRED} (a late result needs the apology slip first) or {@code NOT_OVERDUE}.
 */
public class DossierActionRefusedException extends RuntimeException {

    private final DossierStatus status;
    private final DossierAction action;
    private final String reason;
    private final Set<DossierAction> allowedNow;

    DossierActionRefusedException(DossierStatus status, DossierAction action, String reason) {
        super(action + " refused in state " + status + ": " + reason);
        this.status = status;
        this.action = action;
        this.reason = reason;
        this.allowedNow = DossierAction.allowedIn(status);
    }

    public DossierStatus status() {
        return status;
    }

    public DossierAction action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public Set<DossierAction> allowedNow() {
        return allowedNow;
    }
}
