package vn.hoso.archive.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.extraction.internal.Findings.valuesOf;

import org.junit.jupiter.api.Test;

class CitizenIdExtractorTest {

    private final CitizenIdExtractor ids = new CitizenIdExtractor();

    @Test
    void readsTwelveDigitCitizenIdsAfterTheirContextWords() {
        assertThat(valuesOf(ids, "CCCD số: 251834210784, cấp ngày 28/08/2022 tại Cục Cảnh sát"))
                .containsExactly("251834210784");
        assertThat(valuesOf(ids, "Số định danh cá nhân: 001099012345")).containsExactly("001099012345");
        assertThat(valuesOf(ids, "Thẻ căn cước số 0012 9901 2345 do Bộ Công an cấp")).containsExactly("001299012345");
    }

    @Test
    void readsNineDigitIdentityCardNumbers() {
        assertThat(valuesOf(ids, "Giấy chứng minh nhân dân số 111 222 333 cấp ngày 01/02/2005"))
                .containsExactly("111222333");
        assertThat(valuesOf(ids, "CMND: 012345678")).containsExactly("012345678");
    }

    @Test
    void toleratesMissingDiacritics() {
        assertThat(valuesOf(ids, "so can cuoc cong dan: 036185001234")).containsExactly("036185001234");
    }

    @Test
    void takesNoNumberWithoutItsContextNorOfTheWrongLength() {
        assertThat(valuesOf(ids, """
                Số điện thoại: 0972 345 678
                Mã số thuế: 3034639374; Số tài khoản: 5590723211
                Thửa đất số 123456789012, tờ bản đồ số 12
                CCCD cấp ngày 28/08/2022 tại Cục Cảnh sát
                CCCD số: 0972345678 (số điện thoại ghi nhầm)""")).isEmpty();
    }

    @Test
    void staysOnTheLineOfItsContextWord() {
        assertThat(valuesOf(ids, "Số CCCD:\n251834210784")).isEmpty();
    }
}
