package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ReceiveDossierCommand;

/** The embedded default in a fresh data folder for one test class, and dossiers to attach files to. */
final class EmbeddedArchive {

    private EmbeddedArchive() {
    }

    /** Registers a fresh data folder and the test Elasticsearch under its own index prefix; returns the folder. */
    static Path register(DynamicPropertyRegistry registry, String name) throws IOException {
        Path dataDir = Files.createTempDirectory("hoso-" + name + "-test");
        registry.add("hoso.data-dir", dataDir::toString);
        registry.add("hoso.search.url", TestServers::searchUrl);
        registry.add("hoso.search.index-prefix", () -> "test-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
        return dataDir;
    }

    /** A birth registration received now; its code. */
    static String receiveDossier(DossierCodes codes, CommandGateway commands) {
        Instant now = Instant.now();
        DossierId dossier = codes.next(now);
        commands.sendAndWait(new ReceiveDossierCommand(dossier, "CIVIL-BIRTH", new Applicant("Bùi Thị Lan", null, null,
                null, null), Channel.DIRECT, null, List.of(), 5, now));
        return dossier.value();
    }
}
