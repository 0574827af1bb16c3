package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The ink layout and deskew on pages skewed here by a known angle, the way a page slips on a flatbed scanner. */
class InkLayoutTest {

    private static final BufferedImage PAGE = CorpusPage.of("vie/synth_form_00_00_p1.png").image();

    private static InkLayout layout(BufferedImage page) {
        return InkLayout.of(InkMask.of(page));
    }

    private static SkewCorrection.Straightened straightened(BufferedImage page) {
        return SkewCorrection.straighten(page, layout(page).skewDegrees());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-4.2, -2.5, -1.1, 0.7, 1.8, 3.3, 4.6})
    void findsTheAngleAPageWasSkewedBy(double degrees) {
        BufferedImage skewed = GrayImages.rotate(PAGE, degrees);
        assertThat(layout(skewed).skewDegrees()).isCloseTo(degrees, within(0.5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3.7, 2.9})
    void aStraightenedPageHasNoSkewLeft(double degrees) {
        SkewCorrection.Straightened straightened = straightened(GrayImages.rotate(PAGE, degrees));
        assertThat(straightened.skewDegrees()).isCloseTo(degrees, within(0.5));
        assertThat(layout(straightened.page()).skewDegrees()).isCloseTo(0, within(0.3));
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 270})
    void aPageTurnedByAQuarterRunsSideways(int degrees) {
        assertThat(layout(GrayImages.turnClockwise(PAGE, degrees)).runsSideways()).isTrue();
        assertThat(layout(GrayImages.rotate(GrayImages.turnClockwise(PAGE, degrees), 3.5)).runsSideways())
                .as("and askew").isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 180})
    void aPageUprightOrUpsideDownRunsAcross(int degrees) {
        assertThat(layout(GrayImages.turnClockwise(PAGE, degrees)).runsSideways()).isFalse();
        assertThat(layout(GrayImages.rotate(GrayImages.turnClockwise(PAGE, degrees), -3.5)).runsSideways())
                .as("and askew").isFalse();
        assertThat(layout(GrayImages.blank(1654, 2339)).runsSideways()).as("blank").isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -2.6, 3.1})
    void aPageTurnedByHalfLooksUpsideDown(double skew) {
        assertThat(layout(GrayImages.rotate(GrayImages.turnClockwise(PAGE, 180), skew)).looksUpsideDown()).isTrue();
        assertThat(layout(GrayImages.rotate(PAGE, skew)).looksUpsideDown()).as("upright").isFalse();
    }

    @Test
    void aBlankPageIsLeftAlone() {
        BufferedImage blank = GrayImages.blank(1654, 2339);
        SkewCorrection.Straightened straightened = straightened(blank);
        assertThat(straightened.skewDegrees()).isZero();
        assertThat(straightened.page()).isSameAs(blank);
    }
}
