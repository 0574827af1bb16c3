package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code ./hoso bench pdf [DIR]}: what the searchable PDF/A costs beside the OCR it comes from. Reads the page images
 * of {@code DIR} (first folder level, every PNG/TIFF/JPEG) through the page stages on one thread, then builds one
 * searchable PDF of all of them and one of the first page alone (to tell the per-page cost from the fixed cost of
 * embedding the font), after a first build that warms the JVM up. Ends with one {@code key=value} line.
 */
public final class SearchablePdfBenchmark {

    private static final Path MODELS = Path.of("ocr-models");
    private static final String LANGUAGES = "vie+eng";
    private static final int MAX_PAGES = 20;

    private SearchablePdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        CommandLineLogging.warningsOnly();
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        System.exit(run(pagesUnder(corpus), System.out));
    }

    static int run(List<Path> pages, PrintStream out) throws IOException {
        if (pages.isEmpty()) {
            out.println("hoso bench pdf: no page images found");
            return 2;
        }
        Path work = Files.createTempDirectory("hoso-bench-pdf-");
        try (TesseractOcrEngine engine = new TesseractOcrEngine(new OcrModels(MODELS), OcrCommand.DPI)) {
            PageRecognition recognition = new PageRecognition(engine);
            List<SearchablePdf.Page> layouts = new ArrayList<>();
            long ocrNanos = 0;
            for (Path page : pages) {
                long start = System.nanoTime();
                PageRecognition.ReadPage read = recognition.readWithImage(ImageIO.read(page.toFile()), LANGUAGES);
                ocrNanos += System.nanoTime() - start;
                BufferedImage upright = read.upright();
                ImageIO.write(upright, "jpg", work.resolve(layouts.size() + 1 + ".jpg").toFile());
                layouts.add(new SearchablePdf.Page(upright.getWidth(), upright.getHeight(), read.words()));
            }
            SearchablePdf pdf = new SearchablePdf(OcrCommand.DPI);
            build(pdf, layouts.subList(0, 1), work, work.resolve("warm-up.pdf"));
            long onePageMillis = build(pdf, layouts.subList(0, 1), work, work.resolve("one.pdf"));
            long allPagesMillis = build(pdf, layouts, work, work.resolve("all.pdf"));
            double perPage = (allPagesMillis - onePageMillis) / (double) Math.max(1, layouts.size() - 1);
            out.printf("pages=%d ocr_ms_per_page=%.0f pdf_ms_first_page=%d pdf_ms_per_further_page=%.1f"
                            + " pdf_share_of_ocr_pct=%.1f pdf_kb_per_page=%.0f%n",
                    layouts.size(), ocrNanos / 1e6 / layouts.size(), onePageMillis, perPage,
                    100.0 * allPagesMillis / (ocrNanos / 1e6), Files.size(work.resolve("all.pdf")) / 1024.0 / layouts.size());
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static long build(SearchablePdf pdf, List<SearchablePdf.Page> pages, Path images, Path target)
            throws IOException {
        long start = System.nanoTime();
        pdf.write(pages, number -> Files.newInputStream(images.resolve(number + ".jpg")), "benchmark", target);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Path> pagesUnder(Path corpus) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (TruthFolder folder : TruthFolder.under(corpus)) {
            pages.addAll(folder.pages());
        }
        return pages.stream().limit(MAX_PAGES).toList();
    }
}
