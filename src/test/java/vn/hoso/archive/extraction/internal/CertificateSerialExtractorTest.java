package vn.hoso.archive.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.extraction.internal.Findings.valuesOf;

import org.junit.jupiter.api.Test;

class CertificateSerialExtractorTest {

    private final CertificateSerialExtractor serials = new CertificateSerialExtractor();

    @Test
    void readsTheSerialOfANamedCertificate() {
        assertThat(valuesOf(serials, "Giấy chứng nhận quyền sử dụng đất số phát hành BĐ 123456 do UBND huyện cấp"))
                .containsExactly("BĐ 123456");
        assertThat(valuesOf(serials, "đã được cấp GCN QSDĐ số CS00123")).containsExactly("CS 00123");
    }

    @Test
    void readsASerialPrintedOnItsOwnLineOfACertificate() {
        String certificate = "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT\n" + "Người sử dụng đất: ...\n".repeat(10);
        assertThat(valuesOf(serials, certificate + "            BĐ 482913\n")).containsExactly("BĐ 482913");
        assertThat(valuesOf(serials, certificate + "Mã hồ sơ BĐ 482913\n")).isEmpty();
        assertThat(valuesOf(serials, "BĐ 482913\n" + certificate)).isEmpty();
    }

    @Test
    void readsTheRegisterEntry() {
        assertThat(valuesOf(serials, "Số vào sổ cấp GCN: CH 01234")).containsExactly("CH 01234");
        assertThat(valuesOf(serials, "so vao so cap giay chung nhan: ch-01234")).containsExactly("CH 01234");
        assertThat(valuesOf(serials, "Số vào sổ: 00452")).containsExactly("00452");
    }

    @Test
    void takesNoCodesWithoutACertificateNamed() {
        assertThat(valuesOf(serials, """
                Mẫu số: 01GTKT0/001 Ký hiệu: AB/26P Số: 0005940
                Mã nhân viên: NV9471123; Số: 867/HĐLĐ/2026; chuyến bay VN 123456""")).isEmpty();
    }
}
