package vn.hoso.archive.dossier;

/**
 * The person a dossier is for.
 *
 * @param citizenId 12-digit citizen identity card (CCCD) or 9-digit identity card (CMND) number, when given
 * @param village   the village (thôn) the applicant lives in, for village coordination and statistics
 */
public record Applicant(String name, String citizenId, String address, String village, String phone) {
}
