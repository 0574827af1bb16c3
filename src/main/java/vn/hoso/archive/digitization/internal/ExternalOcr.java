package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The baselines the benchmark compares with, run as their own processes one page each, as many at a time as there
 * are threads, with {@code OMP_THREAD_LIMIT=1} and the same model files: the {@code tesseract} CLI, and
 * {@code ocrmypdf} (which turns and straightens pages itself with {@code --rotate-pages --deskew}).
 */
final class ExternalOcr {

    private final Path models;
    private final String languages;
    private final int dpi;
    private final Path work;

    ExternalOcr(Path models, String languages, int dpi, Path work) {
        this.models = models.toAbsolutePath();
        this.languages = languages;
        this.dpi = dpi;
        this.work = work;
    }

    /** One page's text, or why the baseline failed on it, and how long its process ran. */
    record PageText(Path page, String text, String failure, long millis) {
    }

    static boolean ocrmypdfAvailable() {
        try {
            return new ProcessBuilder("ocrmypdf", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    List<PageText> tesseract(List<Path> pages, int threads) throws InterruptedException {
        return inParallel(pages, threads, this::tesseract);
    }

    List<PageText> ocrmypdf(List<Path> pages, int threads) throws InterruptedException {
        return inParallel(pages, threads, this::ocrmypdf);
    }

    private interface PageReader {
        String read(Path page) throws IOException, InterruptedException;
    }

    private static List<PageText> inParallel(List<Path> pages, int threads, PageReader reader) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PageText>> texts = new ArrayList<>();
            for (Path page : pages) {
                texts.add(pool.submit(() -> readOne(page, reader)));
            }
            List<PageText> done = new ArrayList<>();
            for (Future<PageText> text : texts) {
                done.add(await(text));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PageText readOne(Path page, PageReader reader) throws InterruptedException {
        long start = System.nanoTime();
        try {
            String text = reader.read(page);
            return new PageText(page, text, null, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new PageText(page, "", e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static PageText await(Future<PageText> text) throws InterruptedException {
        try {
            return text.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private String tesseract(Path page) throws IOException, InterruptedException {
        Path output = Files.createTempFile(work, "tesseract-", ".txt");
        run(List.of("tesseract", page.toString(), output.toString().replaceAll("\\.txt$", ""),
                "--tessdata-dir", models.toString(), "-l", languages, "--dpi", Integer.toString(dpi)), output);
        return Files.readString(output);
    }

    private String ocrmypdf(Path page) throws IOException, InterruptedException {
        Path sidecar = Files.createTempFile(work, "ocrmypdf-", ".txt");
        Path pdf = Files.createTempFile(work, "ocrmypdf-", ".pdf");
        run(List.of("ocrmypdf", "-q", "-l", languages, "--image-dpi", Integer.toString(dpi), "--rotate-pages",
                "--deskew", "--output-type", "pdf", "--jobs", "1", "--sidecar", sidecar.toString(),
                page.toString(), pdf.toString()), sidecar);
        Files.delete(pdf);
        return Files.readString(sidecar);
    }

    /** Runs a baseline; its output goes to a file, its messages are kept for the failure report. */
    private void run(List<String> command, Path output) throws IOException, InterruptedException {
        Path messages = Files.createTempFile(work, "messages-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(messages.toFile());
        builder.environment().putAll(Map.of("OMP_THREAD_LIMIT", "1", "TESSDATA_PREFIX", models.toString()));
        int exit = builder.start().waitFor();
        String log = Files.readString(messages, StandardCharsets.UTF_8).strip();
        Files.delete(messages);
        if (exit != 0 || !Files.exists(output)) {
            throw new IOException(command.get(0) + " exited with " + exit + ": " + lastLine(log));
        }
    }

    private static String lastLine(String log) {
        return log.isEmpty() ? "(no message)" : log.substring(log.lastIndexOf('\n') + 1);
    }
}
