package vn.hoso.archive.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class ProcedureCatalogueTest {

    private final ProcedureCatalogue shipped = new ProcedureCatalogue(new ClassPathResource("catalogue/procedures.tsv"));

    @Test
    void theStarterCatalogueCoversEveryProcedureTheSeedNamesAndMore() {
        assertThat(shipped.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(shipped.all()).extracting(Procedure::code).contains("LAND-FIRST-CERT", "LAND-CONSOLIDATION",
                "LAND-ALLOCATION-SERVICE", "LAND-CERT-CORRECTION", "LAND-ORIGIN-CONFIRMATION", "CIVIL-BIRTH",
                "CIVIL-DEATH", "CIVIL-MARITAL-STATUS");
    }

    @Test
    void readsEveryColumn() {
        Procedure origin = shipped.find("LAND-ORIGIN-CONFIRMATION").orElseThrow();
        assertThat(origin.nameVi()).isEqualTo("Xác nhận nguồn gốc đất");
        assertThat(origin.field()).isEqualTo("land");
        assertThat(origin.villageConfirmationRequired()).isTrue();
        assertThat(origin.requiredDocuments()).hasSize(2);
        assertThat(shipped.find("CIVIL-BIRTH").orElseThrow().processingWorkingDays()).isZero();
    }

    @Test
    void noProcessingTimeClaimsASourceNobodyChecked() {
        assertThat(shipped.all()).extracting(Procedure::legalSource).containsOnly("");
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        ByteArrayResource broken = new ByteArrayResource(
                "header\nX\tland\tOFFLINE\t3\n".getBytes(StandardCharsets.UTF_8), "broken.tsv");
        assertThatThrownBy(() -> new ProcedureCatalogue(broken)).hasMessageContaining("line 2");
    }
}
