package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrModelsTest {

    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path models;

    @BeforeEach
    void writeAModelAndItsManifest() throws IOException {
        Files.writeString(models.resolve("vie.traineddata"), "abc");
        Files.writeString(models.resolve(OcrModels.MANIFEST),
                "file\tlanguage\tvariant\tsource_package\tsource_version\tsha256\tbytes\n"
                        + "vie.traineddata\tvie\tlstm-fast-integer\ttesseract-ocr-vie\t1:4.1.0-2\t" + ABC_SHA256 + "\t3\n");
    }

    @Test
    void verifiedModelsGiveTheirHashForProvenance() {
        assertThat(new OcrModels(models).sha256Of("vie")).containsEntry("vie", ABC_SHA256);
    }

    @Test
    void anAlteredModelStopsStartUpNamingTheFile() throws IOException {
        Files.writeString(models.resolve("vie.traineddata"), "abd");
        assertThatThrownBy(() -> new OcrModels(models))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vie.traineddata was altered")
                .hasMessageContaining(ABC_SHA256);
    }

    @Test
    void aMissingModelStopsStartUpNamingTheFile() throws IOException {
        Files.delete(models.resolve("vie.traineddata"));
        assertThatThrownBy(() -> new OcrModels(models))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vie.traineddata")
                .hasMessageContaining("missing");
    }

    @Test
    void aMissingManifestStopsStartUp() throws IOException {
        Files.delete(models.resolve(OcrModels.MANIFEST));
        assertThatThrownBy(() -> new OcrModels(models)).hasMessageContaining("MANIFEST.tsv");
    }

    @Test
    void columnsAreFoundByTheirHeaderNotTheirPlace() throws IOException {
        Files.writeString(models.resolve(OcrModels.MANIFEST),
                "sha256\tbytes\tlanguage\tfile\n" + ABC_SHA256 + "\t3\tvie\tvie.traineddata\n");
        assertThat(new OcrModels(models).sha256Of("vie")).containsEntry("vie", ABC_SHA256);
    }

    @Test
    void aManifestNamingAFileOutsideTheFolderIsRefused() throws IOException {
        Files.writeString(models.resolve(OcrModels.MANIFEST),
                "file\tlanguage\tsha256\n../vie.traineddata\tvie\t" + ABC_SHA256 + "\n");
        assertThatThrownBy(() -> new OcrModels(models)).hasMessageContaining("../vie.traineddata");
    }

    @Test
    void aShortManifestLineIsRefusedWithItsLineNumber() throws IOException {
        Files.writeString(models.resolve(OcrModels.MANIFEST), "file\tlanguage\tsha256\nvie.traineddata\tvie\n");
        assertThatThrownBy(() -> new OcrModels(models)).hasMessageContaining("line 2");
    }

    @Test
    void aLanguageWithoutAModelIsRefused() {
        assertThatThrownBy(() -> new OcrModels(models).sha256Of("vie+fra")).hasMessageContaining("'fra'");
    }

    @Test
    void theCommittedModelsMatchTheirManifest() {
        assertThat(new OcrModels(Path.of("ocr-models")).sha256Of("vie+eng+osd")).hasSize(3);
    }
}
