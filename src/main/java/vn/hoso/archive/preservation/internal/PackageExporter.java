package vn.hoso.archive.preservation.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent.StoredDerivative;
import vn.hoso.archive.readaudit.ReadAudit;
import vn.hoso.archive.readaudit.ReadKind;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Exports dossiers as one BagIt bag whose payload is laid out after E-ARK CSIP: {@code data/METS.xml} for the
 * package, and per dossier {@code data/<code>/METS.xml}, {@code metadata/preservation/premis.xml},
 * {@code representations/originals/data/<document>.<ext>}, {@code representations/searchable-pdf/data/<document>.pdf}
 * (when the pipeline produced one) and {@code representations/text/data/<document>/page-NNNN.txt}.
 * The same records give the same bytes, apart from bag-info.txt's Bagging-Date.
 */
@Component
class PackageExporter {

    private final RecordReader records;
    private final ObjectStore objects;
    private final ObjectMapper json;
    private final ReadAudit readAudit;

    PackageExporter(RecordReader records, ObjectStore objects, ObjectMapper json, ReadAudit readAudit) {
        this.records = records;
        this.objects = objects;
        this.json = json;
        this.readAudit = readAudit;
    }

    /** What was exported. */
    record Exported(String label, int dossiers, int documents, int pages) {
    }

    /** Loads the scope's records and checks that every original is in the store, before a byte is written. */
    List<DossierRecord> prepare(PackageScope scope) throws IOException {
        if (scope.dossierIds().isEmpty()) {
            throw ApiProblem.notFound("NOTHING_TO_EXPORT", scope.label());
        }
        List<DossierRecord> dossiers = new ArrayList<>();
        for (String dossierId : scope.dossierIds()) {
            DossierRecord dossier = records.dossier(dossierId)
                    .orElseThrow(() -> ApiProblem.notFound("DOSSIER_NOT_FOUND", dossierId));
            for (DocumentRecord document : dossier.documents()) {
                if (!objects.exists(document.originalKey())) {
                    throw new ApiProblem(HttpStatus.CONFLICT, "ORIGINAL_MISSING", document.documentId(), dossierId);
                }
                if (document.searchablePdf().isPresent()
                        && !objects.exists(new ObjectKey(document.searchablePdf().get().key()))) {
                    throw new ApiProblem(HttpStatus.CONFLICT, "DERIVATIVE_MISSING", document.documentId(), dossierId);
                }
            }
            dossiers.add(dossier);
        }
        return dossiers;
    }

    /** Writes the bag and records in the read audit, for each dossier, that the reader exported it. */
    Exported export(PackageScope scope, List<DossierRecord> dossiers, BagOutput output, Actor reader,
                    String remoteAddress) throws IOException {
        BagWriter bag = new BagWriter(output);
        List<PackagedFile> dossierMets = new ArrayList<>();
        for (DossierRecord dossier : dossiers) {
            dossierMets.add(writeDossier(bag, dossier));
        }
        String lastChange = dossiers.stream()
                .map(dossier -> dossier.events().get(dossier.events().size() - 1).timestamp())
                .max(java.util.Comparator.naturalOrder()).orElseThrow().toString();
        bag.payload("METS.xml", MetsFiles.ofPackage(scope.label(), lastChange, dossierMets));
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", "Hồ Sơ");
        info.put("External-Identifier", scope.label());
        info.put("External-Description", dossiers.size() + " dossier(s), E-ARK CSIP layout under data/");
        info.put("Bag-Software-Agent", "Hồ Sơ preservation export");
        bag.finish(info);
        for (DossierRecord dossier : dossiers) {
            readAudit.record(reader, remoteAddress, ReadKind.EXPORT_DOWNLOADED, dossier.dossierId(),
                    "package " + scope.label());
        }
        return new Exported(scope.label(), dossiers.size(),
                dossiers.stream().mapToInt(dossier -> dossier.documents().size()).sum(),
                dossiers.stream().mapToInt(DossierRecord::pageCount).sum());
    }

    private PackagedFile writeDossier(BagWriter bag, DossierRecord dossier) throws IOException {
        String base = dossier.dossierId() + "/";
        List<PackagedFile> files = new ArrayList<>();
        for (DocumentRecord document : dossier.documents()) {
            files.add(writeOriginal(bag, base, document));
            if (document.searchablePdf().isPresent()) {
                files.add(writeSearchablePdf(bag, base, document, document.searchablePdf().get()));
            }
            for (Map.Entry<Integer, String> page : document.pageTexts().entrySet()) {
                String path = "representations/text/data/%s/page-%04d.txt".formatted(document.documentId(), page.getKey());
                byte[] text = page.getValue().getBytes(StandardCharsets.UTF_8);
                files.add(new PackagedFile(MetsFiles.TEXT, path, "text/plain", text.length,
                        bag.payload(base + path, text), document.documentId(), page.getKey()));
            }
        }
        byte[] premis = PremisEvents.of(dossier, json);
        String premisPath = "metadata/preservation/premis.xml";
        PackagedFile premisFile = new PackagedFile("Metadata", premisPath, "text/xml", premis.length,
                bag.payload(base + premisPath, premis), dossier.dossierId(), null);
        byte[] mets = MetsFiles.ofDossier(dossier, premisFile, files);
        return new PackagedFile("Dossiers", base + "METS.xml", "text/xml", mets.length,
                bag.payload(base + "METS.xml", mets), dossier.dossierId(), null);
    }

    private PackagedFile writeSearchablePdf(BagWriter bag, String base, DocumentRecord document,
                                            StoredDerivative pdf) throws IOException {
        String path = "representations/searchable-pdf/data/" + document.documentId() + ".pdf";
        String sha256;
        try (InputStream stored = objects.get(new ObjectKey(pdf.key()))) {
            sha256 = bag.payload(base + path, stored, false);
        }
        if (!sha256.equals(pdf.sha256())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "ORIGINAL_DAMAGED", pdf.key(), sha256);
        }
        return new PackagedFile(MetsFiles.SEARCHABLE_PDF, path, "application/pdf", pdf.sizeBytes(), sha256,
                document.documentId(), null);
    }

    private PackagedFile writeOriginal(BagWriter bag, String base, DocumentRecord document) throws IOException {
        String path = "representations/originals/data/" + document.originalFileName();
        String sha256;
        try (InputStream original = objects.get(document.originalKey())) {
            sha256 = bag.payload(base + path, original, false);
        }
        if (!sha256.equals(document.sha256())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "ORIGINAL_DAMAGED", document.documentId(), sha256);
        }
        return new PackagedFile(MetsFiles.ORIGINALS, path, document.mediaType(), document.sizeBytes(), sha256,
                document.documentId(), null);
    }
}
