package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Rules are erased from the copy of the page that is read; letters, and dark areas that are not thin, are kept. */
class RuleLinesTest {

    private static final int PAPER = 240;
    private static final int DARK = PAPER - RuleLines.DARKER_THAN_PAPER;

    @Test
    void aFaintSlightlySlantedRuleTouchingATitleIsErasedAndTheTitleKept() {
        BufferedImage page = page(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("HOÁ ĐƠN GIÁ TRỊ GIA TĂNG", 300, 200);
            g.setColor(new Color(150, 150, 150));
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(60, 206, 1140, 209);
        });
        BufferedImage erased = RuleLines.erased(page);
        assertThat(erased).isNotSameAs(page);
        assertThat(darkPixels(erased, 0, 200, 1200, 215)).isLessThan(darkPixels(page, 0, 200, 1200, 215) / 10);
        assertThat(darkPixels(erased, 60, 203, 290, 213)).isZero();
        assertThat(darkPixels(erased, 0, 150, 1200, 201)).isEqualTo(darkPixels(page, 0, 150, 1200, 201));
        assertThat(GrayImages.pixels(page)).doesNotContain((byte) 0xFF);
    }

    @Test
    void aPageOfTextWithoutRulesIsReadAsItIs() {
        BufferedImage page = page(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
            g.drawString("Cấp cho ông Nguyễn Văn An, thôn Thanh Thùy, xã Thanh Oai, thành phố Hà Nội", 40, 120);
            g.drawString("Độc lập — Tự do — Hạnh phúc ———— tờ bản đồ số 7, diện tích 240 mét vuông", 40, 220);
        });
        assertThat(RuleLines.erased(page)).isSameAs(page);
    }

    @Test
    void aWideDarkAreaIsNotARule() {
        BufferedImage page = page(g -> g.fillRect(100, 150, 1000, 40));
        assertThat(RuleLines.erased(page)).isSameAs(page);
    }

    private interface Drawing {
        void on(Graphics2D g);
    }

    private static BufferedImage page(Drawing drawing) {
        BufferedImage page = new BufferedImage(1200, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(new Color(PAPER, PAPER, PAPER));
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            drawing.on(g);
        } finally {
            g.dispose();
        }
        return page;
    }

    private static int darkPixels(BufferedImage page, int left, int top, int right, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                count += page.getRaster().getSample(x, y, 0) < DARK ? 1 : 0;
            }
        }
        return count;
    }
}
