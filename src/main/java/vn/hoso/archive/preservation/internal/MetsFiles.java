package vn.hoso.archive.preservation.internal;

import java.util.List;

/**
 * METS structure files laid out after E-ARK CSIP: one per dossier (its files by representation, its PREMIS file as
 * digital provenance, a physical structure map dossier → document → page), and one for the package pointing at
 * each dossier's.
 */
final class MetsFiles {

    static final String ORIGINALS = "Representations/originals";
    static final String TEXT = "Representations/text";
    static final String SEARCHABLE_PDF = "Representations/searchable-pdf";
    private static final List<String> REPRESENTATIONS = List.of(ORIGINALS, SEARCHABLE_PDF, TEXT);
    private static final String PROFILE = "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml";

    private MetsFiles() {
    }

    static byte[] ofDossier(DossierRecord dossier, PackagedFile premis, List<PackagedFile> files) {
        XmlDocument mets = root(dossier.dossierId(),
                dossier.receipt().procedureCode() + " – " + dossier.receipt().applicant().name(),
                dossier.events().get(dossier.events().size() - 1).timestamp().toString());
        mets.open("mets:amdSec").open("mets:digiprovMD", "ID", "premis", "STATUS", "CURRENT")
                .empty("mets:mdRef", "LOCTYPE", "URL", "xlink:type", "simple", "xlink:href", premis.path(),
                        "MDTYPE", "PREMIS", "MIMETYPE", premis.mediaType(), "SIZE", Long.toString(premis.size()),
                        "CHECKSUM", premis.sha256(), "CHECKSUMTYPE", "SHA-256")
                .close().close();
        mets.open("mets:fileSec");
        for (String group : REPRESENTATIONS) {
            mets.open("mets:fileGrp", "USE", group);
            files.stream().filter(file -> file.group().equals(group)).forEach(file -> fileEntry(mets, file));
            mets.close();
        }
        mets.close();
        mets.open("mets:structMap", "TYPE", "PHYSICAL", "LABEL", "CSIP")
                .open("mets:div", "ID", "root", "LABEL", dossier.dossierId())
                .empty("mets:div", "LABEL", "Metadata", "ADMID", "premis");
        for (String group : REPRESENTATIONS) {
            mets.open("mets:div", "LABEL", group);
            for (DocumentRecord document : dossier.documents()) {
                mets.open("mets:div", "TYPE", "document", "LABEL", document.originalName());
                files.stream()
                        .filter(file -> file.group().equals(group) && file.documentId().equals(document.documentId()))
                        .forEach(file -> pointer(mets, file));
                mets.close();
            }
            mets.close();
        }
        return mets.close().close().finish();
    }

    private static void pointer(XmlDocument mets, PackagedFile file) {
        if (file.page() == null) {
            mets.empty("mets:fptr", "FILEID", file.metsId());
        } else {
            mets.open("mets:div", "TYPE", "page", "ORDER", file.page().toString())
                    .empty("mets:fptr", "FILEID", file.metsId()).close();
        }
    }

    /** The package's own METS: a pointer to each dossier's METS file. */
    static byte[] ofPackage(String label, String lastChange, List<PackagedFile> dossierMets) {
        XmlDocument mets = root(label, label, lastChange);
        mets.open("mets:fileSec").open("mets:fileGrp", "USE", "Dossiers");
        dossierMets.forEach(file -> fileEntry(mets, file));
        mets.close().close();
        mets.open("mets:structMap", "TYPE", "PHYSICAL", "LABEL", "CSIP").open("mets:div", "ID", "root", "LABEL", label);
        dossierMets.forEach(file -> mets.open("mets:div", "LABEL", file.documentId())
                .empty("mets:mptr", "LOCTYPE", "URL", "xlink:type", "simple", "xlink:href", file.path())
                .close());
        return mets.close().close().finish();
    }

    private static XmlDocument root(String objectId, String label, String createdAt) {
        XmlDocument mets = new XmlDocument("mets:mets",
                "xmlns:mets", "http://www.loc.gov/METS/", "xmlns:xlink", "http://www.w3.org/1999/xlink",
                "xmlns:csip", "https://DILCIS.eu/XML/METS/CSIPExtensionMETS",
                "OBJID", objectId, "LABEL", label, "TYPE", "Mixed", "csip:CONTENTINFORMATIONTYPE", "OTHER",
                "csip:OTHERCONTENTINFORMATIONTYPE", "Hồ Sơ dossier", "PROFILE", PROFILE);
        return mets.open("mets:metsHdr", "CREATEDATE", createdAt, "csip:OAISPACKAGETYPE", "AIP")
                .open("mets:agent", "ROLE", "CREATOR", "TYPE", "OTHER", "OTHERTYPE", "SOFTWARE")
                .text("mets:name", "Hồ Sơ").close()
                .close();
    }

    private static void fileEntry(XmlDocument mets, PackagedFile file) {
        mets.open("mets:file", "ID", file.metsId(), "MIMETYPE", file.mediaType(), "SIZE", Long.toString(file.size()),
                        "CHECKSUM", file.sha256(), "CHECKSUMTYPE", "SHA-256")
                .empty("mets:FLocat", "LOCTYPE", "URL", "xlink:type", "simple", "xlink:href", file.path())
                .close();
    }
}
