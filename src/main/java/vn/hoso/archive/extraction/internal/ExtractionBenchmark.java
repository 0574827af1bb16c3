package vn.hoso.archive.extraction.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.internal.ExtractionScore.Item;

/**
 * {@code ./hoso bench extraction}: the extractors against hand-made gold annotations, on the shared corpus's truth
 * texts, on Tesseract's reading of the same pages (when given), and on the land-record pages written for the kinds
 * the corpus lacks. Arguments: corpus folder, its gold file, land-record folder (texts and {@code gold.tsv}), and
 * optionally a folder of OCR texts laid out like the corpus. Ends with one key=value line.
 */
public final class ExtractionBenchmark {

    private final MetadataExtractors extractors = new MetadataExtractors();

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ExtractionBenchmark CORPUS_DIR CORPUS_GOLD LAND_RECORDS_DIR [OCR_DIR]");
            System.exit(2);
        }
        ExtractionBenchmark benchmark = new ExtractionBenchmark();
        Map<String, String> corpus = pages(Path.of(args[0]));
        Set<Item> corpusGold = gold(Path.of(args[1]));
        StringBuilder figures = new StringBuilder(benchmark.report("corpus truth text", "truth", corpus, corpusGold));
        if (args.length > 3) {
            Map<String, String> ocr = pages(Path.of(args[3]));
            Set<Item> ocrGold = corpusGold.stream().filter(item -> ocr.containsKey(item.page())).collect(Collectors.toSet());
            figures.append(' ').append(benchmark.report("corpus OCR (" + ocr.size() + " pages)", "ocr", ocr, ocrGold));
        }
        Path landRecords = Path.of(args[2]);
        figures.append(' ').append(benchmark.report("land records (own, optimistic)", "land",
                pagesIn(landRecords), gold(landRecords.resolve("gold.tsv"))));
        System.out.println(figures.append(String.format(Locale.ROOT, " corpus_pages=%d corpus_gold_items=%d",
                corpus.size(), corpusGold.size())));
    }

    /** Prints the table of one set of pages and returns its key=value figures. */
    private String report(String title, String prefix, Map<String, String> pages, Set<Item> gold) {
        ExtractionScore score = score(pages, gold);
        System.out.print(score.table(title));
        return figures(prefix, score);
    }

    private ExtractionScore score(Map<String, String> pages, Set<Item> gold) {
        Set<Item> found = new HashSet<>();
        pages.forEach((page, text) -> extractors.extract(text)
                .forEach(value -> found.add(new Item(page, value.kind(), value.value()))));
        return new ExtractionScore(gold, found);
    }

    private static String figures(String prefix, ExtractionScore score) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s_precision=%.3f %s_recall=%.3f", prefix,
                score.precision(), prefix, score.recall()));
        for (MetadataKind kind : MetadataKind.values()) {
            String name = prefix + "_" + kind.name().toLowerCase(Locale.ROOT);
            line.append(String.format(Locale.ROOT, " %s_p=%.3f %s_r=%.3f", name, score.precision(kind), name,
                    score.recall(kind)));
        }
        return line.toString();
    }

    /** The {@code .txt} pages of one folder, named {@code FOLDER/NAME} like the corpus's. */
    private static Map<String, String> pagesIn(Path folder) throws IOException {
        String prefix = folder.getFileName() + "/";
        Map<String, String> pages = new TreeMap<>(pages(folder.getParent()));
        pages.keySet().removeIf(page -> !page.startsWith(prefix));
        return pages;
    }

    /** Every {@code FOLDER/NAME.txt} below {@code root} (one level down) as page {@code FOLDER/NAME}. */
    static Map<String, String> pages(Path root) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).toList()) {
                if (root.relativize(file).getNameCount() == 2) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    pages.put(name.substring(0, name.length() - ".txt".length()), Files.readString(file));
                }
            }
        }
        return pages;
    }

    /** Lines {@code page<TAB>KIND<TAB>value}; {@code #} starts a comment. */
    static Set<Item> gold(Path file) throws IOException {
        Set<Item> gold = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalArgumentException(file + ": not page<TAB>KIND<TAB>value: " + line);
                }
                gold.add(new Item(fields[0], MetadataKind.valueOf(fields[1]), fields[2]));
            }
        }
        return gold;
    }
}
