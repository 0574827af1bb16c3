package vn.hoso.archive.digitization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the digitization pipeline.
 *
 * @param modelsDir  folder holding the Tesseract models and their MANIFEST.tsv
 * @param languages  Tesseract language string used when a procedure names none, e.g. {@code vie+eng}
 * @param ocrThreads pages recognized at once; 0 means one per available core
 * @param dpi        resolution at which PDF pages are rasterized for OCR
 * @param maxUploadSize largest original accepted
 * @param maxPagePixels largest page image decoded (width × height, checked from the file's header before decoding);
 *                      a 300-dpi A3 page is about 17 million pixels
 */
@Validated
@ConfigurationProperties("hoso.digitization")
public record DigitizationProperties(
        @NotNull @DefaultValue("ocr-models") Path modelsDir,
        @NotBlank @DefaultValue("vie+eng") String languages,
        @Min(0) @DefaultValue("0") int ocrThreads,
        @Min(72) @DefaultValue("300") int dpi,
        @NotNull @DefaultValue("200MB") DataSize maxUploadSize,
        @Min(1_000_000) @DefaultValue("100000000") long maxPagePixels) {

    public int effectiveOcrThreads() {
        return ocrThreads > 0 ? ocrThreads : Runtime.getRuntime().availableProcessors();
    }
}
