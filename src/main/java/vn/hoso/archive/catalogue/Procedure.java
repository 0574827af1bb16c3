package vn.hoso.archive.catalogue;

import java.util.List;

/**
 * One administrative procedure.
 *
 * @param processingWorkingDays       statutory time in working days, 0 for same-day procedures
 * @param villageConfirmationRequired whether the dossier must go to the applicant's village for confirmation
 * @param legalSource                 where the processing time comes from; empty while it is an unverified default
 */
public record Procedure(
        String code,
        String nameVi,
        String nameEn,
        String field,
        OnlineLevel onlineLevel,
        int processingWorkingDays,
        boolean villageConfirmationRequired,
        List<String> requiredDocuments,
        String legalSource) {

    public enum OnlineLevel { FULL_ONLINE, PARTIAL_ONLINE, OFFLINE }

    public Procedure {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,63}")) {
            throw new IllegalArgumentException("a procedure code is 2–64 capital letters, digits and dashes: " + code);
        }
        if (processingWorkingDays < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + processingWorkingDays);
        }
        requiredDocuments = List.copyOf(requiredDocuments);
    }
}
