package vn.hoso.archive.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.extraction.internal.Findings.valuesOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.extraction.ExtractedValue;

class DateExtractorTest {

    private final DateExtractor dates = new DateExtractor();

    @Test
    void readsDayMonthYearWithSlashesDotsAndDashes() {
        assertThat(valuesOf(dates, "Hôm nay, ngày 12/05/2026, tại trụ sở; sinh 6/1/1999; cấp 28.08.2022; hạn 01-12-2030"))
                .containsExactly("2026-05-12", "1999-01-06", "2022-08-28", "2030-12-01");
    }

    @Test
    void readsDatesInWords() {
        assertThat(valuesOf(dates, "được thông qua ngày 10 tháng 12 năm 1948 tại Palais de Chaillot"))
                .containsExactly("1948-12-10");
        assertThat(valuesOf(dates, "Thanh Oai, ngày 05 tháng 3 năm 2025")).containsExactly("2025-03-05");
    }

    @Test
    void toleratesMissingDiacriticsAndOcrSpacing() {
        assertThat(valuesOf(dates, "Thanh Oai, ngay 5 thang 11 nam 2025")).containsExactly("2025-11-05");
        assertThat(valuesOf(dates, "ng ày10th áng 12năm 1948; Hà Nội. ngày 20 /03/ 2026."))
                .containsExactly("2026-03-20", "1948-12-10");
    }

    @Test
    void leavesOutWhatIsNotADate() {
        assertThat(valuesOf(dates, """
                Số: 867/HĐLĐ/2026. Mức lương 24.377.000 đồng, trả vào ngày mùng 4 hàng tháng.
                Số điện thoại: 0972 345 678. Mẫu số: 01GTKT0/001. Ngày 31/02/2026 không có; 12/13/2026 cũng không.
                Năm 1948; ngày ... tháng ... năm ....; 12/05/1850 quá xa.""")).isEmpty();
    }

    @Test
    void pointsAtTheDateInTheOriginalText() {
        String text = "Hà Nội, ngày 08/04/2026.";
        ExtractedValue date = dates.extract(PageText.of(text)).get(0);
        assertThat(text.substring(date.start(), date.end())).isEqualTo("08/04/2026");
        assertThat(date.snippet()).isEqualTo(text);
        assertThat(List.of(date.extractor())).containsExactly(DateExtractor.NAME);
    }
}
