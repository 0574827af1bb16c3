package vn.hoso.archive.search.internal;

import vn.hoso.archive.dossier.DossierStatus;

/**
 * What every page of a dossier carries about its dossier, for filters, facets, access and name search: copied onto
 * each page when it is indexed and rewritten on its pages whenever the dossier changes.
 *
 * @param year       the year of receipt in the office's time zone
 * @param archiveBox the archive box the paper file is kept in, when known
 */
record DossierFields(
        String procedureCode,
        String field,
        String status,
        String channel,
        String village,
        String receivedAt,
        int year,
        String archiveBox,
        String sensitivity,
        String applicantName,
        String applicantNameFolded,
        String citizenId) {

    DossierFields withStatus(DossierStatus newStatus) {
        return new DossierFields(procedureCode, field, newStatus.name(), channel, village, receivedAt, year, archiveBox,
                sensitivity, applicantName, applicantNameFolded, citizenId);
    }

    DossierFields withArchiveBox(String box) {
        return new DossierFields(procedureCode, field, status, channel, village, receivedAt, year, box, sensitivity,
                applicantName, applicantNameFolded, citizenId);
    }
}
