package vn.hoso.archive.search.internal;

import java.util.List;
import java.util.stream.Stream;
import vn.hoso.archive.dossier.DossierStatus;

/**
 * What every page of a dossier carries about its dossier, for filters, facets, access and name search: copied onto
 * each page when it is indexed and rewritten on its pages whenever the dossier changes.
 *
 * @param year       the year of receipt in the office's time zone
 * @param archiveBox    the archive box the paper file is kept in, when known
 * @param documentDates dates on the dossier's documents that an archivist confirmed (ISO); an archive record is also
 *                      found by them when filtered by year or date
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
        String citizenId,
        List<String> documentDates) {

    static final String CORRECTED_NAME = "applicant.name";
    static final String CORRECTED_CITIZEN_ID = "applicant.citizenId";
    static final String CORRECTED_VILLAGE = "applicant.village";

    DossierFields(String procedureCode, String field, String status, String channel, String village, String receivedAt,
                  int year, String archiveBox, String sensitivity, String applicantName, String applicantNameFolded,
                  String citizenId) {
        this(procedureCode, field, status, channel, village, receivedAt, year, archiveBox, sensitivity, applicantName,
                applicantNameFolded, citizenId, List.of());
    }

    DossierFields withStatus(DossierStatus newStatus) {
        return new DossierFields(procedureCode, field, newStatus.name(), channel, village, receivedAt, year, archiveBox,
                sensitivity, applicantName, applicantNameFolded, citizenId, documentDates);
    }

    DossierFields withArchiveBox(String box) {
        return new DossierFields(procedureCode, field, status, channel, village, receivedAt, year, box, sensitivity,
                applicantName, applicantNameFolded, citizenId, documentDates);
    }

    DossierFields withDocumentDate(String date) {
        return documentDates.contains(date) ? this : new DossierFields(procedureCode, field, status, channel, village,
                receivedAt, year, archiveBox, sensitivity, applicantName, applicantNameFolded, citizenId,
                Stream.concat(documentDates.stream(), Stream.of(date)).sorted().toList());
    }

    /**
     * With a correction of the applicant's name, citizen id or village ({@code applicant.name}, …); a correction of
     * anything else is not searched, so it changes nothing here. The former value is gone: searches find the record
     * by what holds now.
     */
    DossierFields corrected(String correctedField, String value) {
        return switch (correctedField) {
            case CORRECTED_NAME -> {
                String name = VietnameseFolding.nfc(value);
                yield new DossierFields(procedureCode, field, status, channel, village, receivedAt, year, archiveBox,
                        sensitivity, name, VietnameseFolding.fold(name), citizenId, documentDates);
            }
            case CORRECTED_CITIZEN_ID -> new DossierFields(procedureCode, field, status, channel, village, receivedAt,
                    year, archiveBox, sensitivity, applicantName, applicantNameFolded, value.strip(), documentDates);
            case CORRECTED_VILLAGE -> new DossierFields(procedureCode, field, status, channel, value.strip(), receivedAt,
                    year, archiveBox, sensitivity, applicantName, applicantNameFolded, citizenId, documentDates);
            default -> this;
        };
    }
}
