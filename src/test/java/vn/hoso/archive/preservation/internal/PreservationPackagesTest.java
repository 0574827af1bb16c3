package vn.hoso.archive.preservation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hoso.archive.ScannedArchive;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.storage.ObjectStore;

class PreservationPackagesTest extends ScannedArchive {

    @Autowired
    RecordReader records;
    @Autowired
    ObjectStore objects;
    @Autowired
    PackageImporter importer;

    @TempDir
    Path work;

    @Test
    void anExportedDossierComesBackByteIdenticalAfterItsOriginalIsLost() throws IOException {
        String dossierId = receive("LAND-FIRST-CERT", "Nguyễn Văn Bảo");
        scan(dossierId, "Giấy chứng nhận quyền sử dụng đất", "Tờ khai đăng ký đất đai");
        DocumentRecord first = records.dossier(dossierId).orElseThrow().documents().get(0);
        byte[] original = objects.get(first.originalKey()).readAllBytes();

        byte[] exported = exportPackage(dossierId);
        List<String> entries = entryNames(exported);
        String base = "data/" + dossierId + "/";
        assertThat(entries).contains("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                "tagmanifest-sha256.txt", "tagmanifest-sha512.txt", "data/METS.xml", base + "METS.xml",
                base + "metadata/preservation/premis.xml",
                base + "representations/originals/data/" + first.originalFileName(),
                base + "representations/text/data/" + first.documentId() + "/page-0001.txt",
                base + "representations/searchable-pdf/data/" + first.documentId() + ".pdf");
        assertThat(new String(entry(exported, base + "representations/searchable-pdf/data/" + first.documentId()
                + ".pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(entry(exported, base + "representations/originals/data/" + first.originalFileName()))
                .isEqualTo(original);
        String premis = new String(entry(exported, base + "metadata/preservation/premis.xml"), StandardCharsets.UTF_8);
        assertThat(premis).contains("<premis:eventType>DossierReceivedEvent</premis:eventType>",
                "<premis:eventType>PageTextRecognizedEvent</premis:eventType>",
                "<premis:eventType>SearchablePdfProducedEvent</premis:eventType>", first.sha256(),
                "<premis:linkingAgentIdentifierValue>system:digitization</premis:linkingAgentIdentifierValue>");
        assertThat(new String(entry(exported, base + "METS.xml"), StandardCharsets.UTF_8))
                .contains("CHECKSUM=\"" + first.sha256() + "\"", "USE=\"Representations/text\"");

        Files.delete(objectsFolder().resolve(first.originalKey().value()));
        JsonNode imported = importPackage(exported).getBody();
        assertThat(imported.get("originalsRestored").asInt()).isEqualTo(1);
        assertThat(imported.get("originalsAlreadyStored").asInt()).isEqualTo(1);
        assertThat(objects.get(first.originalKey()).readAllBytes()).isEqualTo(original);
        assertThat(exportPackage(dossierId)).isEqualTo(exported);

        JsonNode reads = get("/api/read-audit?actor=luu.tru&record=" + dossierId, INSPECTOR, JsonNode.class).getBody();
        assertThat(reads.findValuesAsText("kind")).containsExactly("EXPORT_DOWNLOADED", "EXPORT_DOWNLOADED");
    }

    @Test
    void aPackageWithOneFlippedByteIsRefusedAndRestoresNothing() throws IOException {
        String dossierId = receive("CIVIL-MARRIAGE", "Lê Thị Cúc");
        scan(dossierId, "Giấy chứng nhận kết hôn");
        DocumentRecord document = records.dossier(dossierId).orElseThrow().documents().get(0);
        byte[] original = objects.get(document.originalKey()).readAllBytes();
        byte[] exported = exportPackage(dossierId);
        Files.delete(objectsFolder().resolve(document.originalKey().value()));

        byte[] flipped = exported.clone();
        flipped[indexOf(exported, original) + original.length / 2] ^= 0x01;
        ResponseEntity<JsonNode> refused = importPackage(flipped);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("PACKAGE_CHECKSUM_MISMATCH");
        assertThat(refused.getBody().get("path").asText()).endsWith(document.originalFileName());
        assertThat(objects.exists(document.originalKey())).isFalse();

        byte[] truncated = java.util.Arrays.copyOf(exported, exported.length / 2);
        assertThat(importPackage(truncated).getBody().get("code").asText()).isEqualTo("PACKAGE_UNREADABLE");
        assertThat(importPackage(exported).getBody().get("originalsRestored").asInt()).isEqualTo(1);
    }

    @Test
    void anIncompleteOrPaddedBagFolderIsRefusedWithWhatIsWrong() throws IOException {
        String dossierId = receive("CIVIL-DEATH", "Trịnh Văn Đức");
        scan(dossierId, "Trích lục khai tử");
        byte[] exported = exportPackage(dossierId);
        String text = "data/" + dossierId + "/representations/text/data/"
                + records.dossier(dossierId).orElseThrow().documents().get(0).documentId() + "/page-0001.txt";

        Path bag = unzip(exported, work.resolve("bag"));
        assertThat(importer.importFolder(bag).payloadFiles()).isEqualTo(6);
        Files.writeString(bag.resolve("data/extra.txt"), "thêm");
        assertRefused(bag, "PACKAGE_FILE_UNLISTED");
        Files.delete(bag.resolve("data/extra.txt"));
        Files.delete(bag.resolve(text));
        assertRefused(bag, "PACKAGE_FILE_MISSING");
        Files.write(bag.resolve(text), new byte[0]);
        assertRefused(bag, "PACKAGE_CHECKSUM_MISMATCH");

        Path edited = unzip(exported, work.resolve("edited"));
        Files.writeString(edited.resolve("bag-info.txt"), "Payload-Oxum: 1.1\n");
        assertRefused(edited, "PACKAGE_CHECKSUM_MISMATCH");

        assertThat(get("/api/packages", "luu.tru", JsonNode.class).getBody().get("code").asText())
                .isEqualTo("PACKAGE_SCOPE_REQUIRED");
        assertThat(get("/api/packages?dossier=THANHOAI-000000-0000", "luu.tru", JsonNode.class).getBody()
                .get("code").asText()).isEqualTo("DOSSIER_NOT_FOUND");
    }

    private void assertRefused(Path bag, String code) {
        assertThatThrownBy(() -> importer.importFolder(bag)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        });
    }

    private static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("No entry " + name);
    }

    private static Path unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = folder.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
        return folder;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("The original is not stored as it is in the zip");
    }
}
