package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.dossier.DossierCodes;

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
        hot = Files.createDirectories(TestServers.registerEmbedded(registry, "hot-folder-stability").resolve("hot"));
        registry.add("hoso.digitization.hot-folder.path", hot::toString);
        registry.add("hoso.digitization.hot-folder.poll-interval", () -> "1h");
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
        return EmbeddedArchive.receiveDossier(codes, commands);
    }
}
