package vn.hoso.archive.digitization.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DocumentIntake;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierLookup;

/**
 * A folder scanners and people drop files into, safe on network shares: it is polled (no file-system notifications,
 * which shares do not deliver), and a file is taken only when two looks in a row saw the same size and modification
 * time. A file must lie in a subfolder named by the code of an existing dossier ({@code HOT/THANHOAI-251125-0001/
 * scan.pdf}); it is checked ({@link DocumentPreflight}), taken in through {@link DocumentIntake} and moved to
 * {@code done/CODE/}, or moved to {@code failed/CODE/} beside {@code <name>.reason.txt} (code, messages in Vietnamese
 * and English, detail). Nothing is left unexplained: a file outside a dossier folder and a folder inside a dossier
 * folder fail with {@code HOT_FOLDER_NO_TARGET}. Names of files still being written ({@link #isBeingWritten}) are
 * left alone, and logged once, until they are renamed. A failure that is not the file's fault (storage down) leaves
 * the file where it is for the next look.
 */
@Component
@ConditionalOnProperty("hoso.digitization.hot-folder.path")
class HotFolder {

    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final Logger log = LoggerFactory.getLogger(HotFolder.class);

    private final HotFolderProperties properties;
    private final DossierLookup dossiers;
    private final DocumentPreflight preflight;
    private final DocumentIntake intake;
    private final RefusalMessages messages;
    private final Actor actor;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "hot-folder"));
    private final Map<Path, FileState> lastLook = new HashMap<>();
    private final Set<Path> reportedAsBeingWritten = new HashSet<>();

    private record FileState(long size, long modifiedMillis) {
    }

    HotFolder(HotFolderProperties properties, DossierLookup dossiers, DocumentPreflight preflight,
              DocumentIntake intake, RefusalMessages messages) {
        this.properties = properties;
        this.dossiers = dossiers;
        this.preflight = preflight;
        this.intake = intake;
        this.messages = messages;
        this.actor = new Actor(properties.actor());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws IOException {
        Files.createDirectories(properties.path().resolve(DONE));
        Files.createDirectories(properties.path().resolve(FAILED));
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::lookSafely, 0, interval, TimeUnit.MILLISECONDS);
        log.info("Watching the hot folder {} every {}", properties.path(), properties.pollInterval());
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    private void lookSafely() {
        try {
            look();
        } catch (IOException | RuntimeException e) {
            log.error("The hot folder {} could not be read; trying again at the next look", properties.path(), e);
        }
    }

    /** One look: every stable entry is taken; the others are remembered for the next look. */
    synchronized void look() throws IOException {
        Map<Path, FileState> seen = new HashMap<>();
        for (Path entry : entries()) {
            FileState state = stateOf(entry);
            seen.put(entry, state);
            if (state.equals(lastLook.get(entry))) {
                take(entry);
                seen.remove(entry);
            }
        }
        lastLook.clear();
        lastLook.putAll(seen);
    }

    /**
     * Files in the hot folder and in its dossier folders, and folders inside dossier folders, but for those still
     * being written (each logged once).
     */
    private List<Path> entries() throws IOException {
        List<Path> all;
        try (Stream<Path> top = Files.list(properties.path())) {
            all = top.filter(entry -> !isReserved(entry)).flatMap(this::withContents).toList();
        }
        Set<Path> beingWritten = new HashSet<>(all.stream().filter(HotFolder::isBeingWritten).toList());
        beingWritten.stream().filter(reportedAsBeingWritten::add).forEach(entry ->
                log.info("Hot folder: {} looks like a file still being written; it is taken once renamed", entry));
        reportedAsBeingWritten.retainAll(beingWritten);
        return all.stream().filter(entry -> !beingWritten.contains(entry)).toList();
    }

    private Stream<Path> withContents(Path entry) {
        if (!Files.isDirectory(entry)) {
            return Stream.of(entry);
        }
        try (Stream<Path> inside = Files.list(entry)) {
            return inside.toList().stream();
        } catch (IOException e) {
            log.warn("The hot folder's subfolder {} cannot be listed: {}", entry, e.getMessage());
            return Stream.empty();
        }
    }

    private boolean isReserved(Path entry) {
        String name = entry.getFileName().toString();
        return Files.isDirectory(entry) && (name.equals(DONE) || name.equals(FAILED) || name.startsWith("."));
    }

    /** Hidden files and the temporary names copy tools write under: taken once renamed to their final name. */
    static boolean isBeingWritten(Path entry) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~") || name.endsWith(".part") || name.endsWith(".partial")
                || name.endsWith(".tmp") || name.endsWith(".crdownload");
    }

    private static FileState stateOf(Path entry) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        return new FileState(attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    private void take(Path entry) throws IOException {
        Path relative = properties.path().relativize(entry);
        try {
            if (relative.getNameCount() != 2 || Files.isDirectory(entry)) {
                throw new ImportRefusal("HOT_FOLDER_NO_TARGET", relative);
            }
            DossierId dossier = existingDossier(relative.getName(0).toString());
            ManifestImport.inspected(preflight, entry, relative.getFileName());
            try (DocumentIntake.CheckedDocuments checked = intake.check(
                    List.of(new LocalDocument(entry, relative.getFileName().toString())))) {
                intake.attach(checked, dossier, actor);
            }
            moveTo(DONE, relative);
            log.info("Hot folder: {} attached to dossier {}", relative, dossier.value());
        } catch (ImportRefusal refusal) {
            fail(relative, refusal.code(), refusal.arguments(), refusal.getMessage());
        } catch (ApiProblem problem) {
            fail(relative, problem.code(), new Object[] {relative.getFileName(), ""}, problem.code());
        }
    }

    private DossierId existingDossier(String code) throws ImportRefusal {
        try {
            DossierId dossier = new DossierId(code);
            if (dossiers.exists(dossier)) {
                return dossier;
            }
        } catch (IllegalArgumentException notACode) {
            // falls through to the refusal below
        }
        throw new ImportRefusal("DOSSIER_NOT_FOUND", code);
    }

    private void fail(Path relative, String code, Object[] arguments, String detail) throws IOException {
        Path moved = moveTo(FAILED, relative);
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), String.join("\n", code,
                messages.describe(code, arguments, RefusalMessages.VIETNAMESE),
                messages.describe(code, arguments, Locale.ENGLISH), detail) + "\n");
        log.warn("Hot folder: {} failed with {}: {}", relative, code, detail);
    }

    /** Moves the entry under done/ or failed/, keeping its dossier folder; never overwrites an earlier file. */
    private Path moveTo(String outcome, Path relative) throws IOException {
        Path target = properties.path().resolve(outcome).resolve(relative);
        Files.createDirectories(target.getParent());
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        for (int copy = 2; Files.exists(target) || Files.exists(target.resolveSibling(target.getFileName() + ".reason.txt")); copy++) {
            target = target.resolveSibling(dot > 0 ? name.substring(0, dot) + "-" + copy + name.substring(dot)
                    : name + "-" + copy);
        }
        try {
            return Files.move(properties.path().resolve(relative), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(properties.path().resolve(relative), target);
        }
    }
}
