package vn.hoso.archive.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

class ProcedureCatalogueTest {

    private final Map<String, Procedure> shipped = read(new ClassPathResource("catalogue/procedures.tsv"));

    private static Map<String, Procedure> read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return ProcedureFile.read(in).stream().collect(Collectors.toMap(Procedure::code, procedure -> procedure));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theStarterCatalogueCoversEveryProcedureTheSeedNamesAndMore() {
        assertThat(shipped.values()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(shipped.values()).extracting(Procedure::code).contains("LAND-FIRST-CERT", "LAND-CONSOLIDATION",
                "LAND-ALLOCATION-SERVICE", "LAND-CERT-CORRECTION", "LAND-ORIGIN-CONFIRMATION", "CIVIL-BIRTH",
                "CIVIL-DEATH", "CIVIL-MARITAL-STATUS");
    }

    @Test
    void readsEveryColumn() {
        Procedure origin = shipped.get("LAND-ORIGIN-CONFIRMATION");
        assertThat(origin.nameVi()).isEqualTo("Xác nhận nguồn gốc đất");
        assertThat(origin.field()).isEqualTo("land");
        assertThat(origin.villageConfirmationRequired()).isTrue();
        assertThat(origin.requiredDocuments()).hasSize(2);
        assertThat(shipped.get("CIVIL-BIRTH").processingWorkingDays()).isZero();
    }

    @Test
    void noProcessingTimeClaimsASourceNobodyChecked() {
        assertThat(shipped.values()).extracting(Procedure::legalSource).containsOnly("");
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        ByteArrayResource broken = new ByteArrayResource(
                "header\nX\tland\tOFFLINE\t3\n".getBytes(StandardCharsets.UTF_8), "broken.tsv");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(ProcedureFile.InvalidLineException.class)
                .hasMessageContaining("line 2");
        ByteArrayResource latin1 = new ByteArrayResource(
                "header\nCIVIL-BIRTH\tcivil\tOFFLINE\t0\tfalse\tKhai sinh \u00e0\tBirth\t\t\n"
                        .getBytes(StandardCharsets.ISO_8859_1), "latin1.tsv");
        assertThatThrownBy(() -> read(latin1)).hasMessageContaining("line 2").hasMessageContaining("UTF-8");
        ByteArrayResource negative = new ByteArrayResource(
                "header\nCIVIL-BIRTH\tcivil\tOFFLINE\t-2\tfalse\tKhai sinh\tBirth\t\t\n"
                        .getBytes(StandardCharsets.UTF_8), "negative.tsv");
        assertThatThrownBy(() -> read(negative)).hasMessageContaining("line 2").hasMessageContaining("negative");
    }
}
