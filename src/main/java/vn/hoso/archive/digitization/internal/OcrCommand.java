package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ./hoso ocr --out DIR FILE...}: reads image and PDF files through the page stages and writes
 * {@code DIR/<name>.txt} for each, pages separated by a form feed. Nothing is stored in the archive; no database,
 * search server or web context is started. Exit code 0 when every file was read, 1 when any failed, 2 on bad usage.
 */
public final class OcrCommand {

    static final String USAGE = "usage: ./hoso ocr --out DIR [--languages vie+eng] [--models DIR] FILE...";
    static final int DPI = 300;

    private final PrintStream out;
    private final PrintStream err;

    OcrCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLineLogging.warningsOnly();
        System.exit(new OcrCommand(System.out, System.err).run(args));
    }

    record Options(Path outDir, String languages, Path modelsDir, List<Path> files) {
    }

    int run(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
            Files.createDirectories(options.outDir());
        } catch (IllegalArgumentException | IOException e) {
            err.println("hoso ocr: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        return recognize(options);
    }

    private int recognize(Options options) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        try (TesseractOcrEngine engine = new TesseractOcrEngine(new OcrModels(options.modelsDir()), DPI);
             DocumentBatch batch = new DocumentBatch(new PageRecognition(engine), new PageImages(DPI),
                     options.languages(), threads)) {
            List<Path> failed = new ArrayList<>();
            Set<String> outputNames = new HashSet<>();
            batch.read(options.files(), outcome -> {
                if (!report(outcome, options.outDir(), outputNames)) {
                    failed.add(outcome.file());
                }
            });
            out.printf("%d of %d files read%n", options.files().size() - failed.size(), options.files().size());
            return failed.isEmpty() ? 0 : 1;
        } catch (IllegalStateException | IllegalArgumentException e) {
            err.println("hoso ocr: " + e.getMessage());
            return 2;
        }
    }

    /** Writes the file's text and prints its pages, or prints why it failed; false when it failed. */
    private boolean report(DocumentBatch.DocumentOutcome outcome, Path outDir, Set<String> outputNames) {
        if (outcome.failed()) {
            err.printf("hoso ocr: %s: %s%n", outcome.file(), outcome.failure());
            return false;
        }
        String name = textFileName(outcome.file());
        if (!outputNames.add(name)) {
            err.printf("hoso ocr: %s: another input already wrote %s%n", outcome.file(), outDir.resolve(name));
            return false;
        }
        try {
            Files.writeString(outDir.resolve(name), outcome.text());
        } catch (IOException e) {
            err.printf("hoso ocr: %s: cannot write %s: %s%n", outcome.file(), outDir.resolve(name), e.getMessage());
            return false;
        }
        printPages(outcome, outDir.resolve(name));
        return true;
    }

    private void printPages(DocumentBatch.DocumentOutcome outcome, Path written) {
        out.printf("%s -> %s (%d pages, %d ms)%n", outcome.file(), written, outcome.pages().size(), outcome.durationMillis());
        for (int index = 0; index < outcome.pages().size(); index++) {
            PageReading page = outcome.pages().get(index);
            out.printf("  page %d: rotated %d deg, skew %+.2f deg, confidence %.1f, coverage %.3f, quality %.3f%s, %d ms%n",
                    index + 1, page.rotationDegrees(), page.skewDegrees(), page.meanConfidence(), page.coverage(),
                    page.quality(), page.quality() < PageQuality.ACCEPTABLE_SCORE ? " (check by eye)" : "",
                    page.durationMillis());
        }
    }

    static String textFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".txt";
    }

    static Options parse(String[] args) {
        Path outDir = null;
        String languages = System.getenv().getOrDefault("HOSO_DIGITIZATION_LANGUAGES", "vie+eng");
        Path models = Path.of(System.getenv().getOrDefault("HOSO_DIGITIZATION_MODELS_DIR", "ocr-models"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> outDir = Path.of(valueOf(args, ++i, "--out"));
                case "--languages" -> languages = valueOf(args, ++i, "--languages");
                case "--models" -> models = Path.of(valueOf(args, ++i, "--models"));
                default -> files.add(Path.of(args[i]));
            }
        }
        if (outDir == null || files.isEmpty()) {
            throw new IllegalArgumentException(outDir == null ? "--out DIR is required" : "no input files");
        }
        return new Options(outDir, languages, models, files);
    }

    private static String valueOf(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
