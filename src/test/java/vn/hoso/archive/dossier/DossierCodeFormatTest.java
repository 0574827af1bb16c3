package vn.hoso.archive.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeFormatTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    @Test
    void theDefaultShape() {
        assertThat(new DossierCodeFormat("{office}-{yyMMdd}-{seq:4}").format("THANHOAI", DAY, 42))
                .isEqualTo("THANHOAI-250701-0042");
    }

    @Test
    void anotherOfficesShape() {
        assertThat(new DossierCodeFormat("{office}{yyyyMMdd}{seq:5}").format("UBXA", DAY, 7))
                .isEqualTo("UBXA2025070100007");
    }

    @Test
    void aFormatWithoutTheDayOrTheNumberIsRefused() {
        assertThatThrownBy(() -> new DossierCodeFormat("{office}-{seq:4}")).hasMessageContaining("must contain");
        assertThatThrownBy(() -> new DossierCodeFormat("{office}-{yyMMdd}")).hasMessageContaining("must contain");
        assertThatThrownBy(() -> new DossierCodeFormat("{office}-{dd}-{seq:4}")).hasMessageContaining("whole day");
    }

    @Test
    void aFormatThatMakesInvalidCodesIsRefused() {
        assertThatThrownBy(() -> new DossierCodeFormat("{office}/{yyMMdd}/{seq:4}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
