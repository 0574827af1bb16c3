package vn.hoso.archive.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoso.archive.extraction.internal.Findings.valuesOf;

import org.junit.jupiter.api.Test;
import vn.hoso.archive.extraction.ExtractedValue;

class PersonNameExtractorTest {

    private final PersonNameExtractor names = new PersonNameExtractor();

    @Test
    void readsNamesAfterTitles() {
        assertThat(valuesOf(names, "Đại diện: Ông/Bà Hồ Văn Uy — Chức vụ: Tổng Giám đốc"))
                .containsExactly("Hồ Văn Uy");
        assertThat(valuesOf(names, "Ông Nguyễn Văn An và bà Trần Thị Bích, cùng cư trú tại thôn Đại Định. Bà Lê Thị Mai"))
                .containsExactly("Nguyễn Văn An", "Trần Thị Bích", "Lê Thị Mai");
        assertThat(valuesOf(names, "Cấp cho Ong Nguyễn Văn An")).containsExactly("Nguyễn Văn An");
        assertThat(valuesOf(names, "ÔNG: NGUYỄN HỒNG HẢI")).containsExactly("Nguyễn Hồng Hải");
    }

    @Test
    void readsNamesAfterNameLabels() {
        assertThat(valuesOf(names, "Họ và tên: Trịnh Hoàng Phúc\nNgày sinh: 06/01/1999")).containsExactly("Trịnh Hoàng Phúc");
        assertThat(valuesOf(names, "Họ tên người mua: Vũ Thị Phương")).containsExactly("Vũ Thị Phương");
        assertThat(valuesOf(names, "Tôi tên là: Châu Thị Vân")).containsExactly("Châu Thị Vân");
    }

    @Test
    void toleratesMissingDiacriticsInTheContext() {
        assertThat(valuesOf(names, "Ong Nguyen Van An; Ho va ten: Tran Thi Binh")).containsExactly("Nguyen Van An",
                "Tran Thi Binh");
    }

    @Test
    void readsSignatories() {
        assertThat(valuesOf(names, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Hữu Thắng\n")).containsExactly("Nguyễn Hữu Thắng");
        assertThat(valuesOf(names, "Người làm đơn\n(Ký và ghi rõ họ tên)\n\n\nChâu Thị Vân")).containsExactly("Châu Thị Vân");
        assertThat(valuesOf(names, "CHỦ TỊCH\nỦy Ban Nhân Dân Xã Thanh Oai")).isEmpty();
    }

    @Test
    void endsTheNameAtAFormsNextColumn() {
        assertThat(valuesOf(names, "Họ và tên: Trần Văn Tư            Năm sinh: 1970")).containsExactly("Trần Văn Tư");
    }

    @Test
    void endsTheNameWhereItsLineRunsOn() {
        String text = "Ông Nguyễn Văn Hùng Chủ tịch UBND xã Thanh Oai";
        ExtractedValue name = names.extract(PageText.of(text)).get(0);
        assertThat(text.substring(name.start(), name.end())).isEqualTo("Nguyễn Văn Hùng");
        assertThat(valuesOf(names, "Bà Trần Thị Sinh, sinh năm 1950")).containsExactly("Trần Thị Sinh");
    }

    @Test
    void takesNoPlacesNumbersOrLoneWords() {
        assertThat(valuesOf(names, """
                Số 12 đường Bà Triệu, quận Hai Bà Trưng; chợ Bà Chiểu; đường Ông Ích Khiêm
                quận Ba Đình, Hà Nội; ba người con; Ông Hùng đã đến; Bà nội
                (Ký và ghi rõ họ tên)""")).isEmpty();
    }
}
