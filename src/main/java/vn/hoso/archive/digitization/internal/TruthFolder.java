package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A folder of page images, each with its ground truth in a {@code .txt} of the same base name. */
record TruthFolder(String name, List<Path> pages) {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "tif", "tiff", "jpg", "jpeg");

    /** The sub-folders of {@code corpus} holding at least one image with its truth, by name. */
    static List<TruthFolder> under(Path corpus) throws IOException {
        try (Stream<Path> children = Files.list(corpus)) {
            return children.filter(Files::isDirectory).sorted()
                    .map(folder -> new TruthFolder(folder.getFileName().toString(), pagesWithTruth(folder)))
                    .filter(folder -> !folder.pages().isEmpty())
                    .toList();
        }
    }

    static Path truthOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt");
    }

    static String truthTextOf(Path page) {
        try {
            return Files.readString(truthOf(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pagesWithTruth(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(TruthFolder::isImage).filter(page -> Files.isRegularFile(truthOf(page))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase());
    }
}
