package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;

/**
 * A file copied slowly (a network share) is taken only once two looks in a row saw the same size and modification
 * time. The looks are driven by the test, one after each piece written, so the machine's load cannot reorder them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HotFolderStabilityTest {

    private static Path hot;

    @Autowired
    HotFolder hotFolder;
    @Autowired
    CommandGateway commands;
    @Autowired
    DossierCodes codes;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("hoso-hot-folder-stability-test");
        hot = Files.createDirectories(dataDir.resolve("hot"));
        registry.add("hoso.data-dir", dataDir::toString);
        registry.add("hoso.digitization.hot-folder.path", hot::toString);
        registry.add("hoso.digitization.hot-folder.poll-interval", () -> "1h");
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-hot-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aFileStillGrowingIsNotTakenUntilTwoLooksSeeItUnchanged() throws Exception {
        String code = receiveDossier();
        Path dossierFolder = Files.createDirectories(hot.resolve(code));
        byte[] scan = TestDocuments.png(TestDocuments.page("Bản chụp chép chậm qua mạng"));
        Path growing = dossierFolder.resolve("cham.png");
        int piece = scan.length / 5;
        try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE_NEW)) {
            for (int written = 0; written < scan.length; written += piece) {
                out.write(scan, written, Math.min(piece, scan.length - written));
                out.flush();
                hotFolder.look();
                assertThat(growing).exists();
            }
        }
        Files.setLastModifiedTime(growing, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
        hotFolder.look();
        assertThat(growing).as("changed since the last look").exists();
        hotFolder.look();
        assertThat(growing).doesNotExist();
        assertThat(Files.readAllBytes(hot.resolve("done").resolve(code).resolve("cham.png"))).isEqualTo(scan);
    }

    private String receiveDossier() {
        Instant now = Instant.now();
        DossierId dossier = codes.next(now);
        commands.sendAndWait(new ReceiveDossierCommand(dossier, "CIVIL-BIRTH", new Applicant("Bùi Thị Lan", null, null,
                null, null), Channel.DIRECT, null, List.of(), 5, now));
        return dossier.value();
    }
}
