package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** File names written in a manifest, resolved inside the batch folder and never outside it. */
final class BatchFolder {

    private static final Set<String> FORBIDDEN_SEGMENTS = Set.of("", ".", "..");

    private BatchFolder() {
    }

    /**
     * The file a manifest names: a relative path of plain segments ({@code scans/p1.png}); {@code ..}, absolute paths,
     * backslashes, control characters and links leading out of the folder are refused ({@code PAGE_NAME_NOT_ALLOWED}),
     * a name with no regular file behind it is {@code PAGE_FILE_MISSING}.
     *
     * @param folder the batch folder's real path
     */
    static Path resolve(Path folder, String name) throws ImportRefusal, IOException {
        if (!isPlainRelativeName(name)) {
            throw new ImportRefusal("PAGE_NAME_NOT_ALLOWED", name);
        }
        Path file = folder.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new ImportRefusal("PAGE_FILE_MISSING", name);
        }
        if (!file.startsWith(folder) || !file.toRealPath().startsWith(folder)) {
            throw new ImportRefusal("PAGE_NAME_NOT_ALLOWED", name);
        }
        return file;
    }

    /** A relative path of plain segments: no {@code ..}, no absolute path, backslash, drive colon or control character. */
    static boolean isPlainRelativeName(String name) {
        return !(name.contains("\\") || name.startsWith("/") || name.chars().anyMatch(Character::isISOControl)
                || name.contains(":") || Arrays.stream(name.split("/", -1)).anyMatch(FORBIDDEN_SEGMENTS::contains));
    }
}
