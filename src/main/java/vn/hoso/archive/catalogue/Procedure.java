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
        requiredDocuments = List.copyOf(requiredDocuments);
    }
}
