package vn.hoso.archive.access;

import java.util.EnumSet;
import java.util.Set;

/** What a caller is allowed to see. */
public enum Role {
    /** A one-stop-shop official: ordinary records only. */
    OFFICIAL(EnumSet.of(Sensitivity.ORDINARY)),
    /** The civil-status (hộ tịch) official: also civil-status personal data. */
    CIVIL_STATUS_OFFICIAL(EnumSet.allOf(Sensitivity.class)),
    /** The archivist: every record, and the search index's maintenance. */
    ARCHIVIST(EnumSet.allOf(Sensitivity.class));

    private final Set<Sensitivity> visible;

    Role(Set<Sensitivity> visible) {
        this.visible = visible;
    }

    public Set<Sensitivity> visible() {
        return EnumSet.copyOf(visible);
    }
}
