package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Harder copies of every truth-bearing page, as a scanner makes them: turned 90° clockwise, turned 180°, and skewed
 * by ±1–4°, each with sensor noise and dust specks. The skew is written into the file name
 * ({@code …@skew=+2.35.png}) so that the benchmark can check the angle found. Seeded, so repeatable.
 */
final class BenchmarkVariants {

    static final String ROTATED_90 = "variants-rot90";
    static final String ROTATED_180 = "variants-rot180";
    static final String SKEWED = "variants-skew";
    private static final Pattern SKEW_IN_NAME = Pattern.compile("@skew=([+-][0-9.]+)\\.png$");
    private static final double NOISE_SIGMA = 12;
    private static final double SPECK_SHARE = 0.0005;

    private BenchmarkVariants() {
    }

    static List<TruthFolder> write(List<TruthFolder> originals, Path into) throws IOException {
        Random random = new Random(20261125);
        List<TruthFolder> variants = new ArrayList<>();
        for (String kind : List.of(ROTATED_90, ROTATED_180, SKEWED)) {
            Path folder = Files.createDirectories(into.resolve(kind));
            List<Path> pages = new ArrayList<>();
            for (TruthFolder original : originals) {
                for (Path page : original.pages()) {
                    pages.add(writeVariant(kind, original.name(), page, folder, random));
                }
            }
            variants.add(new TruthFolder(kind, pages));
        }
        return variants;
    }

    /** The skew a variant was given, counter-clockwise as seen; 0 for pages that were not skewed on purpose. */
    static double skewInName(Path page) {
        Matcher matcher = SKEW_IN_NAME.matcher(page.getFileName().toString());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static Path writeVariant(String kind, String folder, Path page, Path into, Random random) throws IOException {
        BufferedImage gray = GrayImages.toCompactGray(ImageIO.read(page.toFile()));
        String base = folder + "_" + TruthFolder.truthOf(page).getFileName().toString().replaceAll("\\.txt$", "");
        BufferedImage variant;
        String name;
        switch (kind) {
            case ROTATED_90 -> {
                variant = GrayImages.turnClockwise(gray, 90);
                name = base + ".png";
            }
            case ROTATED_180 -> {
                variant = GrayImages.turnClockwise(gray, 180);
                name = base + ".png";
            }
            default -> {
                double degrees = (random.nextBoolean() ? 1 : -1) * (1 + 3 * random.nextDouble());
                variant = GrayImages.rotate(gray, degrees);
                name = String.format(Locale.ROOT, "%s@skew=%+.2f.png", base, degrees);
            }
        }
        Path image = into.resolve(name);
        ImageIO.write(withScannerNoise(variant, random), "png", image.toFile());
        Files.copy(TruthFolder.truthOf(page), TruthFolder.truthOf(image));
        return image;
    }

    private static BufferedImage withScannerNoise(BufferedImage compactGray, Random random) {
        BufferedImage noisy = GrayImages.blank(compactGray.getWidth(), compactGray.getHeight());
        byte[] from = GrayImages.pixels(compactGray);
        byte[] to = GrayImages.pixels(noisy);
        for (int i = 0; i < from.length; i++) {
            double level = (from[i] & 0xFF) + random.nextGaussian() * NOISE_SIGMA;
            if (random.nextDouble() < SPECK_SHARE) {
                level = 40;
            }
            to[i] = (byte) Math.max(0, Math.min(255, Math.round(level)));
        }
        return noisy;
    }
}
