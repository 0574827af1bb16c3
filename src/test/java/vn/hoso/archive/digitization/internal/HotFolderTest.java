package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.dossier.DocumentAttachedEvent;
import vn.hoso.archive.dossier.DossierCodes;

/**
 * The hot folder on a real directory with the running application, polling on its own: every file ends in done/ or
 * failed/ (with its reason), and names of files still being written are left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HotFolderTest {

    private static final Duration SETTLED = Duration.ofSeconds(60);
    private static Path hot;

    @Autowired
    CommandGateway commands;
    @Autowired
    DossierCodes codes;
    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        hot = Files.createDirectories(TestServers.registerEmbedded(registry, "hot-folder").resolve("hot"));
        registry.add("hoso.digitization.hot-folder.path", hot::toString);
        registry.add("hoso.digitization.hot-folder.poll-interval", () -> "300ms");
    }

    @Test
    void everyFileEndsInDoneOrFailedWithItsReason() throws Exception {
        String code = receiveDossier();
        Path dossierFolder = Files.createDirectories(hot.resolve(code));
        Files.write(dossierFolder.resolve("to-khai.png"), TestDocuments.png(TestDocuments.page("Tờ khai " + code)));
        Files.write(dossierFolder.resolve("khoa.pdf"), BrokenDocuments.encryptedPdf());
        Files.write(dossierFolder.resolve("rong.png"), new byte[0]);
        Files.write(dossierFolder.resolve(".dang-chep.png"), TestDocuments.png(TestDocuments.page("Đang chép")));
        Files.createDirectories(dossierFolder.resolve("thu-muc-con"));
        Files.write(hot.resolve("lac.png"), TestDocuments.png(TestDocuments.page("Lạc chỗ")));
        Files.write(Files.createDirectories(hot.resolve("THANHOAI-000000-0000")).resolve("x.png"),
                TestDocuments.png(TestDocuments.page("Không có hồ sơ")));

        await().atMost(SETTLED).until(() -> Files.exists(hot.resolve("done").resolve(code).resolve("to-khai.png")));
        await().atMost(SETTLED).until(() -> Files.exists(failed(code + "/rong.png.reason.txt"))
                && Files.exists(failed(code + "/khoa.pdf.reason.txt")) && Files.exists(failed("lac.png.reason.txt"))
                && Files.exists(failed("THANHOAI-000000-0000/x.png.reason.txt"))
                && Files.exists(failed(code + "/thu-muc-con.reason.txt")));

        assertThat(eventStore.readEvents(code, 0).asStream().map(event -> event.getPayload())
                .filter(DocumentAttachedEvent.class::isInstance).map(event -> ((DocumentAttachedEvent) event).originalName()))
                .containsExactly("to-khai.png");
        assertThat(Files.readString(failed(code + "/khoa.pdf.reason.txt"))).startsWith("ENCRYPTED_DOCUMENT\n")
                .contains("The PDF khoa.pdf is protected by a password");
        assertThat(Files.readString(failed(code + "/rong.png.reason.txt"))).startsWith("EMPTY_FILE\n");
        assertThat(Files.readString(failed("lac.png.reason.txt"))).startsWith("HOT_FOLDER_NO_TARGET\n");
        assertThat(Files.readString(failed("THANHOAI-000000-0000/x.png.reason.txt"))).startsWith("DOSSIER_NOT_FOUND\n");
        assertThat(Files.exists(failed("lac.png"))).isTrue();
        assertThat(dossierFolder.resolve(".dang-chep.png")).exists();
    }

    private static Path failed(String relative) {
        return hot.resolve("failed").resolve(relative);
    }

    private String receiveDossier() {
        return EmbeddedArchive.receiveDossier(codes, commands);
    }
}
