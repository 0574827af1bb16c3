package vn.hoso.archive.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.extraction.internal.Findings.valuesOf;

import org.junit.jupiter.api.Test;

class LandParcelExtractorTest {

    private final LandParcelExtractor parcels = new LandParcelExtractor();

    @Test
    void readsParcelAndMapSheet() {
        assertThat(valuesOf(parcels, "Thửa đất số 125, tờ bản đồ số 12, diện tích 240 m2"))
                .containsExactly("thửa 125, tờ 12");
        assertThat(valuesOf(parcels, "thửa số 86 tờ số 5 tại thôn Đại Định")).containsExactly("thửa 86, tờ 5");
        assertThat(valuesOf(parcels, "Thửa đất số: 340; Tờ bản đồ số: 07")).containsExactly("thửa 340, tờ 7");
        assertThat(valuesOf(parcels, "a) Thửa đất số: 210;        b) Tờ bản đồ số: 15;")).containsExactly("thửa 210, tờ 15");
        assertThat(valuesOf(parcels, "tách thành thửa số 56a")).containsExactly("thửa 56a");
    }

    @Test
    void readsSheetBeforeParcel() {
        assertThat(valuesOf(parcels, "tại tờ bản đồ số 12, thửa đất số 125 thuộc xã Thanh Oai"))
                .containsExactly("thửa 125, tờ 12");
        assertThat(valuesOf(parcels, "theo bản đồ năm 1994: tờ số 4, thửa số 131")).containsExactly("thửa 131, tờ 4");
    }

    @Test
    void readsAParcelWithoutItsSheet() {
        assertThat(valuesOf(parcels, "nhận chuyển nhượng thửa đất số 77 của ông Nguyễn Văn An"))
                .containsExactly("thửa 77");
    }

    @Test
    void toleratesMissingDiacritics() {
        assertThat(valuesOf(parcels, "thua dat so 125, to ban do so 12")).containsExactly("thửa 125, tờ 12");
        assertThat(valuesOf(parcels, "Thửa 125 tờ 12")).containsExactly("thửa 125, tờ 12");
    }

    @Test
    void takesNoSheetWithoutParcelNorSurplusNumbers() {
        assertThat(valuesOf(parcels, """
                Tổ số 5 thôn Đại Định; tờ số 2 của hồ sơ; dư thừa 5 m2;
                quyền thừa kế thửa đất; các thửa đất liền kề.""")).isEmpty();
    }
}
