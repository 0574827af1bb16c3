package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseFoldingTest {

    @Test
    void removesDiacriticsAndFoldsDToD() {
        assertThat(VietnameseFolding.fold("Nguyễn Hồng Hải, ĐẤT ở Thanh Oai")).isEqualTo("nguyen hong hai, dat o thanh oai");
    }

    @Test
    void keepsTheLengthSoOffsetsLineUp() {
        String text = VietnameseFolding.nfc("Giấy chứng nhận quyền sử dụng đất số 125");
        assertThat(VietnameseFolding.fold(text)).hasSameSizeAs(text);
    }

    @Test
    void decomposedInputIsComposedFirst() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseFolding.fold(VietnameseFolding.nfc(decomposed))).isEqualTo("nguyen");
    }
}
