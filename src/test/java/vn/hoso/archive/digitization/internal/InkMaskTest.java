package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ink mask turned with its page is the mask made from the turned page, and its layout the same. */
class InkMaskTest {

    private static final BufferedImage PAGE = CorpusPage.of("vie/synth_form_00_00_p1.png").image();

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void aMaskTurnedIsTheMaskOfThePageTurned(int degrees) {
        BufferedImage page = cropped(GrayImages.rotate(PAGE, 2.2), 4);
        InkMask turned = InkMask.of(page).turnedClockwise(degrees).orElseThrow();
        InkMask ofTurnedPage = InkMask.of(GrayImages.turnClockwise(page, degrees));
        assertThat(cells(turned)).isEqualTo(cells(ofTurnedPage));
        assertThat(turned.inkCount()).isEqualTo(ofTurnedPage.inkCount()).isPositive();
        assertThat(InkLayout.of(turned)).usingRecursiveComparison().ignoringFields("mask")
                .isEqualTo(InkLayout.of(ofTurnedPage));
    }

    @Test
    void aMaskWithColumnsLeftOverAtThePageEdgeIsNotTurned() {
        BufferedImage page = cropped(PAGE, 4);
        BufferedImage oneColumnWider = GrayImages.blank(page.getWidth() + 1, page.getHeight());
        oneColumnWider.getGraphics().drawImage(page, 0, 0, null);
        InkMask mask = InkMask.of(oneColumnWider);
        assertThat(mask.turnedClockwise(90)).isEmpty();
        assertThat(mask.turnedClockwise(180)).isEmpty();
        assertThat(mask.turnedClockwise(0)).containsSame(mask);
    }

    /** The page cut down to whole multiples of its mask's block, so that the cells tile it. */
    private static BufferedImage cropped(BufferedImage page, int multiple) {
        int block = (int) Math.ceil(Math.max(page.getWidth(), page.getHeight()) / (double) InkMask.MAX_SIDE);
        int side = block * multiple;
        return GrayImages.toCompactGray(page.getSubimage(0, 0, page.getWidth() / side * side,
                page.getHeight() / side * side));
    }

    private static String cells(InkMask mask) {
        StringBuilder cells = new StringBuilder(mask.width() + "x" + mask.height() + "\n");
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                cells.append(mask.isInk(x, y) ? '#' : '.');
            }
            cells.append('\n');
        }
        return cells.toString();
    }
}
