package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page stages' own grey conversions give exactly what Java2D's drawing onto a grey image gives. */
class GrayImagesTest {

    private final Random random = new Random(20261202);

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_INT_RGB})
    void greyIsTheSameAsJava2dDrawsIt(int type) {
        BufferedImage page = randomPage(type, 333, 101);
        assertThat(GrayImages.pixels(GrayImages.toCompactGray(page))).isEqualTo(GrayImages.pixels(drawnGrey(page)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aBiLevelPageKeepsItsPaletteWhichEverWayItIsWritten(boolean whiteIsZero) {
        byte[] levels = whiteIsZero ? new byte[] {(byte) 255, 0} : new byte[] {0, (byte) 255};
        BufferedImage page = new BufferedImage(77, 13, BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(1, 2, levels, levels, levels));
        page.getRaster().setSample(5, 7, 0, 1);
        BufferedImage gray = GrayImages.toCompactGray(page);
        assertThat(gray.getRaster().getSample(5, 7, 0)).isEqualTo(whiteIsZero ? 0 : 255);
        assertThat(gray.getRaster().getSample(6, 7, 0)).isEqualTo(whiteIsZero ? 255 : 0);
        assertThat(GrayImages.pixels(gray)).isEqualTo(GrayImages.pixels(drawnGrey(page)));
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270, -90, 360})
    void aTurnedPageHoldsEachPixelWhereTheTurnTakesIt(int degrees) {
        BufferedImage page = GrayImages.toCompactGray(randomPage(BufferedImage.TYPE_3BYTE_BGR, 131, 67));
        BufferedImage turned = GrayImages.turnClockwise(page, degrees);
        int quarterTurns = Math.floorMod(degrees / 90, 4);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int turnedX = switch (quarterTurns) {
                    case 0 -> x;
                    case 1 -> page.getHeight() - 1 - y;
                    case 2 -> page.getWidth() - 1 - x;
                    default -> y;
                };
                int turnedY = switch (quarterTurns) {
                    case 0 -> y;
                    case 1 -> x;
                    case 2 -> page.getHeight() - 1 - y;
                    default -> page.getWidth() - 1 - x;
                };
                assertThat(turned.getRaster().getSample(turnedX, turnedY, 0)).isEqualTo(page.getRaster().getSample(x, y, 0));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {2.3, -0.7, 4.9, -17})
    void aRotatedPageIsWhatJava2dDrawsWithBilinearInterpolation(double degrees) {
        BufferedImage page = GrayImages.toCompactGray(randomPage(BufferedImage.TYPE_3BYTE_BGR, 333, 101));
        BufferedImage rotated = GrayImages.rotate(page, degrees);
        BufferedImage drawn = drawnRotated(page, degrees);
        assertThat(rotated.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(rotated.getHeight()).isEqualTo(drawn.getHeight());
        byte[] ours = GrayImages.pixels(rotated);
        byte[] java2d = GrayImages.pixels(drawn);
        long differences = 0;
        for (int i = 0; i < ours.length; i++) {
            differences += Math.abs((ours[i] & 0xFF) - (java2d[i] & 0xFF));
        }
        assertThat((double) differences / ours.length).as("mean difference in grey levels").isLessThan(2);
    }

    private static BufferedImage drawnRotated(BufferedImage page, double degrees) {
        double radians = Math.toRadians(degrees);
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage rotated = GrayImages.blank(
                (int) Math.ceil(width * Math.abs(Math.cos(radians)) + height * Math.abs(Math.sin(radians))),
                (int) Math.ceil(width * Math.abs(Math.sin(radians)) + height * Math.abs(Math.cos(radians))));
        Graphics2D g = rotated.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.translate((rotated.getWidth() - width) / 2.0, (rotated.getHeight() - height) / 2.0);
        g.rotate(-radians, width / 2.0, height / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return rotated;
    }

    private BufferedImage randomPage(int type, int width, int height) {
        BufferedImage page = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                page.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return page;
    }

    private static BufferedImage drawnGrey(BufferedImage page) {
        BufferedImage gray = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return gray;
    }
}
