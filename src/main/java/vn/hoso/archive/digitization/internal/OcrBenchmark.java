package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * {@code ./hoso bench ocr [DIR]}: Hồ Sơ's page stages against the {@code tesseract} CLI and {@code ocrmypdf}, side
 * by side on the same pages and cores, for every folder of {@code DIR} with ground truth and for rotated and skewed
 * noisy variants of those pages. Prints a table per folder and ends with one {@code key=value} line.
 */
public final class OcrBenchmark {

    static final String OURS = "hoso";
    static final String CLI = "tesseract";
    static final String OCRMYPDF = "ocrmypdf";
    private static final String LANGUAGES = "vie+eng";
    private static final Path MODELS = Path.of("ocr-models");
    private static final String WITHOUT_OCRMYPDF = "--without-ocrmypdf";

    private final PrintStream out;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Map<String, EngineTally> all = new LinkedHashMap<>();
    private final Map<String, EngineTally> upright = new LinkedHashMap<>();
    private final Map<String, Long> wallMillis = new HashMap<>();

    OcrBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        CommandLineLogging.warningsOnly();
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean withOcrmypdf = !arguments.remove(WITHOUT_OCRMYPDF) && ExternalOcr.ocrmypdfAvailable();
        Path corpus = Path.of(arguments.isEmpty() ? "../shared/corpus" : arguments.get(0));
        System.exit(new OcrBenchmark(System.out).run(corpus, withOcrmypdf));
    }

    int run(Path corpus, boolean withOcrmypdf) throws IOException, InterruptedException {
        List<TruthFolder> originals = Files.isDirectory(corpus) ? TruthFolder.under(corpus) : List.of();
        if (originals.isEmpty()) {
            out.println("hoso bench ocr: no folder in " + corpus + " holds page images with .txt ground truth");
            return 2;
        }
        Path work = Files.createTempDirectory("hoso-bench-ocr-");
        try {
            List<TruthFolder> folders = new ArrayList<>(originals);
            folders.addAll(BenchmarkVariants.write(originals, work.resolve("variants")));
            benchmark(folders, originals.size(), new ExternalOcr(MODELS, LANGUAGES, OcrCommand.DPI, work), withOcrmypdf);
            return all.values().stream().anyMatch(tally -> tally.errors > 0) ? 1 : 0;
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * Each engine reads all folders' pages in one run, as a batch would come, so no engine waits at the end of a
     * folder; totals use that run's wall time, folders the busy time of their pages ({@link EngineTally}).
     */
    private void benchmark(List<TruthFolder> folders, int uprightFolders, ExternalOcr external, boolean withOcrmypdf)
            throws InterruptedException {
        out.printf("Corpus: %d folders with truth + 3 variant folders; %d threads, OMP_THREAD_LIMIT=%s, %s%n",
                uprightFolders, threads, System.getenv("OMP_THREAD_LIMIT"), withOcrmypdf ? "ocrmypdf found"
                        : "ocrmypdf: not available (install the Debian package ocrmypdf) or left out, skipped");
        out.printf("Each engine reads all folders in one run; per folder, pages/s = pages × %d threads / the pages'"
                + " busy time%n", threads);
        Map<String, List<EngineTally>> rows = new LinkedHashMap<>();
        try (TesseractOcrEngine engine = new TesseractOcrEngine(new OcrModels(MODELS), OcrCommand.DPI);
             DocumentBatch batch = new DocumentBatch(new PageRecognition(engine), new PageImages(OcrCommand.DPI),
                     LANGUAGES, threads)) {
            rows.put(OURS, ours(batch, folders));
        }
        rows.put(CLI, external(CLI, folders, external));
        if (withOcrmypdf) {
            rows.put(OCRMYPDF, external(OCRMYPDF, folders, external));
        }
        printRows(folders, rows);
        printStages(folders, rows.get(OURS));
        rows.forEach((engineName, tallies) -> {
            for (int index = 0; index < folders.size(); index++) {
                count(tallies.get(index), index < uprightFolders);
            }
        });
        printSummary(withOcrmypdf);
    }

    /**
     * The outcomes are scored against the truth after the run: scoring during it would take the decoding thread's
     * time, which is the page stages' own.
     */
    private List<EngineTally> ours(DocumentBatch batch, List<TruthFolder> folders) throws InterruptedException {
        List<EngineTally> tallies = tallies(OURS, folders);
        Map<Path, Integer> folderOf = folderOfEachPage(folders);
        List<DocumentBatch.DocumentOutcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        batch.read(allPages(folders), outcomes::add);
        wallMillis.put(OURS, (System.nanoTime() - start) / 1_000_000);
        for (DocumentBatch.DocumentOutcome outcome : outcomes) {
            int index = folderOf.get(outcome.file());
            countOurs(tallies.get(index), folders.get(index), outcome);
        }
        return tallies;
    }

    private static void countOurs(EngineTally tally, TruthFolder folder, DocumentBatch.DocumentOutcome outcome) {
        if (outcome.failed()) {
            tally.addFailedPage();
            return;
        }
        tally.addPage(outcome.text(), TruthFolder.truthTextOf(outcome.file()));
        for (PageReading page : outcome.pages()) {
            tally.stages.add(page.stages());
            tally.busyMillis += page.stages().totalMillis();
            tally.lowQuality += page.quality() < PageQuality.ACCEPTABLE_SCORE ? 1 : 0;
            tally.orientationRight += page.rotationDegrees() == expectedRotation(folder) ? 1 : 0;
        }
        if (folder.name().equals(BenchmarkVariants.SKEWED)) {
            tally.skewErrorSum += Math.abs(outcome.pages().get(0).skewDegrees() - BenchmarkVariants.skewInName(outcome.file()));
            tally.skewChecked++;
        }
    }

    private static int expectedRotation(TruthFolder folder) {
        return switch (folder.name()) {
            case BenchmarkVariants.ROTATED_90 -> 270;
            case BenchmarkVariants.ROTATED_180 -> 180;
            default -> 0;
        };
    }

    private List<EngineTally> external(String engine, List<TruthFolder> folders, ExternalOcr external)
            throws InterruptedException {
        List<EngineTally> tallies = tallies(engine, folders);
        Map<Path, Integer> folderOf = folderOfEachPage(folders);
        long start = System.nanoTime();
        List<ExternalOcr.PageText> texts = engine.equals(CLI) ? external.tesseract(allPages(folders), threads)
                : external.ocrmypdf(allPages(folders), threads);
        wallMillis.put(engine, (System.nanoTime() - start) / 1_000_000);
        for (ExternalOcr.PageText text : texts) {
            EngineTally tally = tallies.get(folderOf.get(text.page()));
            tally.busyMillis += text.millis();
            if (text.failure() != null) {
                out.printf("  %s failed on %s: %s%n", engine, text.page().getFileName(), text.failure());
                tally.addFailedPage();
            } else {
                tally.addPage(text.text(), TruthFolder.truthTextOf(text.page()));
            }
        }
        return tallies;
    }

    private static List<EngineTally> tallies(String engine, List<TruthFolder> folders) {
        return folders.stream().map(folder -> new EngineTally(engine)).toList();
    }

    private static List<Path> allPages(List<TruthFolder> folders) {
        return folders.stream().flatMap(folder -> folder.pages().stream()).toList();
    }

    private static Map<Path, Integer> folderOfEachPage(List<TruthFolder> folders) {
        Map<Path, Integer> folderOf = new HashMap<>();
        for (int index = 0; index < folders.size(); index++) {
            for (Path page : folders.get(index).pages()) {
                folderOf.put(page, index);
            }
        }
        return folderOf;
    }

    private void count(EngineTally tally, boolean isUpright) {
        all.computeIfAbsent(tally.engine, EngineTally::new).add(tally);
        if (isUpright) {
            upright.computeIfAbsent(tally.engine, EngineTally::new).add(tally);
        }
    }

    private void printRows(List<TruthFolder> folders, Map<String, List<EngineTally>> rows) {
        out.printf("%-16s %-10s %6s %8s %8s %7s %7s %7s %6s%n", "folder", "engine", "pages", "busy_s", "pages/s",
                "vs_cli", "CER", "WER", "errors");
        for (int index = 0; index < folders.size(); index++) {
            double cliSpeed = rows.get(CLI).get(index).busyPagesPerSecond(threads);
            for (List<EngineTally> engineRows : rows.values()) {
                EngineTally tally = engineRows.get(index);
                out.printf(Locale.ROOT, "%-16s %-10s %6d %8.1f %8.2f %7.2f %7.3f %7.3f %6d%s%n", folders.get(index).name(),
                        tally.engine, tally.pages, tally.busyMillis / 1000.0, tally.busyPagesPerSecond(threads),
                        tally.busyPagesPerSecond(threads) / cliSpeed, tally.cer(), tally.wer(), tally.errors,
                        tally.engine.equals(OURS) ? stageFigures(tally) : "");
            }
        }
    }

    private String stageFigures(EngineTally tally) {
        return String.format(Locale.ROOT, "  (orientation right %d/%d, quality<%.1f %d, outside OCR %.0f %%%s)",
                tally.orientationRight, tally.pages, PageQuality.ACCEPTABLE_SCORE, tally.lowQuality,
                100 * tally.busyOutsideOcrShare(),
                tally.skewChecked > 0 ? String.format(Locale.ROOT, ", skew error %.2f°", tally.meanSkewError()) : "");
    }

    /**
     * Hồ Sơ's time per page and stage, in elapsed milliseconds of the thread that ran the stage, and over all folders
     * in that thread's CPU milliseconds too.
     */
    private void printStages(List<TruthFolder> folders, List<EngineTally> ours) {
        out.printf("%-16s", "ms/page");
        for (PageStage stage : PageStage.values()) {
            out.printf(" %11s", stage.name().toLowerCase(Locale.ROOT));
        }
        out.printf(" %11s%n", "outside_ocr");
        EngineTally total = new EngineTally(OURS);
        for (int index = 0; index < folders.size(); index++) {
            printStageRow(folders.get(index).name(), ours.get(index));
            total.add(ours.get(index));
        }
        printStageRow("all", total);
        printStageRow("all, CPU", total.pages, total.stages::cpuMillis, total.stages.outsideOcrCpuShare());
    }

    private void printStageRow(String name, EngineTally tally) {
        printStageRow(name, tally.pages, tally.stages::millis, tally.busyOutsideOcrShare());
    }

    private void printStageRow(String name, int pages, ToLongFunction<PageStage> millis, double outsideOcrShare) {
        out.printf("%-16s", name);
        for (PageStage stage : PageStage.values()) {
            out.printf(Locale.ROOT, " %11.1f", (double) millis.applyAsLong(stage) / Math.max(1, pages));
        }
        out.printf(Locale.ROOT, " %10.1f%%%n", 100 * outsideOcrShare);
    }

    private void printSummary(boolean withOcrmypdf) {
        all.forEach((engine, tally) -> tally.wallMillis = wallMillis.get(engine));
        EngineTally ours = all.get(OURS);
        EngineTally cli = all.get(CLI);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("pages", Integer.toString(ours.pages));
        figures.put("pages_per_s", format(ours.pagesPerSecond()));
        figures.put("cli_pages_per_s", format(cli.pagesPerSecond()));
        figures.put("ratio_vs_cli", format(ours.pagesPerSecond() / cli.pagesPerSecond()));
        figures.put("cer", format(ours.cer()));
        figures.put("cli_cer", format(cli.cer()));
        figures.put("cer_ratio_vs_cli", format(ours.cer() / cli.cer()));
        figures.put("wer", format(ours.wer()));
        figures.put("cli_wer", format(cli.wer()));
        figures.put("cer_upright", format(upright.get(OURS).cer()));
        figures.put("cli_cer_upright", format(upright.get(CLI).cer()));
        if (withOcrmypdf) {
            EngineTally ocrmypdf = all.get(OCRMYPDF);
            figures.put("ocrmypdf_pages_per_s", format(ocrmypdf.pagesPerSecond()));
            figures.put("ratio_vs_ocrmypdf", format(ours.pagesPerSecond() / ocrmypdf.pagesPerSecond()));
            figures.put("ocrmypdf_cer", format(ocrmypdf.cer()));
            figures.put("ocrmypdf_wer", format(ocrmypdf.wer()));
        }
        figures.put("orientation_right", format((double) ours.orientationRight / ours.pages));
        figures.put("skew_error_deg", format(ours.meanSkewError()));
        figures.put("low_quality_pages", Integer.toString(ours.lowQuality));
        figures.put("peak_rss_mb", Long.toString(peakRssKilobytes() / 1024));
        figures.put("wall_s", format(ours.wallMillis / 1000.0));
        figures.put("outside_ocr_share", format(ours.outsideOcrShare(threads)));
        figures.put("outside_ocr_stage_share", format(ours.stagesOutsideOcrShare(threads)));
        figures.put("outside_ocr_cpu_share", format(ours.stages.outsideOcrCpuShare()));
        figures.put("errors", Integer.toString(all.values().stream().mapToInt(tally -> tally.errors).sum()));
        out.println(String.join(" ", figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.3f", value);
    }

    /** This JVM's peak resident set size (VmHWM), or 0 where /proc is not there. */
    private static long peakRssKilobytes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
