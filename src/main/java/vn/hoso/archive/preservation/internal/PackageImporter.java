package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Takes a package back in: only a bag that is whole (every checksum, nothing missing, nothing unlisted) is accepted;
 * then each original it carries is put back into the object store under its SHA-256 unless it is there whole already
 * (a damaged stored copy is replaced).
 */
@Component
class PackageImporter {

    private static final Pattern ORIGINAL = Pattern.compile("data/([^/]+)/representations/originals/data/[^/]+");

    private final ObjectStore objects;

    PackageImporter(ObjectStore objects) {
        this.objects = objects;
    }

    /** What an import found and did. */
    record Imported(int dossiers, int originalsRestored, int originalsAlreadyStored, int payloadFiles) {
    }

    Imported importZip(Path zip) throws IOException {
        Path folder = Files.createTempDirectory("hoso-package");
        try {
            unzip(zip, folder);
            return importFolder(folder);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    Imported importFolder(Path bag) throws IOException {
        Map<String, String> payload = BagCheck.validate(bag);
        TreeSet<String> dossiers = new TreeSet<>();
        int restored = 0;
        int present = 0;
        for (Map.Entry<String, String> file : payload.entrySet()) {
            Matcher original = ORIGINAL.matcher(file.getKey());
            if (!original.matches()) {
                continue;
            }
            dossiers.add(original.group(1));
            ObjectKey key = ObjectKey.original(file.getValue());
            if (StoredObjects.sha256(objects, key).filter(file.getValue()::equals).isPresent()) {
                present++;
            } else {
                objects.put(key, bag.resolve(file.getKey()), MediaTypeFactory.getMediaType(file.getKey())
                        .orElse(MediaType.APPLICATION_OCTET_STREAM).toString());
                restored++;
            }
        }
        return new Imported(dossiers.size(), restored, present, payload.size());
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(archive.entries())) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || entry.getName().startsWith("/")) {
                    throw BagCheck.refused("PACKAGE_PATH_OUTSIDE", entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        } catch (java.util.zip.ZipException unreadable) {
            throw BagCheck.refused("PACKAGE_UNREADABLE", zip.getFileName().toString());
        }
    }
}
