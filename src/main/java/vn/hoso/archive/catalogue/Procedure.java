package vn.hoso.archive.catalogue;

/**
 * One administrative procedure.
 *
 * @param processingWorkingDays statutory time in working days; a configurable default until verified against its legal source
 */
public record Procedure(
        String code,
        String nameVi,
        String nameEn,
        String field,
        OnlineLevel onlineLevel,
        int processingWorkingDays) {

    public enum OnlineLevel { FULL_ONLINE, PARTIAL_ONLINE, OFFLINE }
}
