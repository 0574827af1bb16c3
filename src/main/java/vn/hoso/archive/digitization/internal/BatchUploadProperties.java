package vn.hoso.archive.digitization.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Manifest batches uploaded as a zip ({@code POST /api/batches}).
 *
 * @param folder              where each accepted batch is unpacked and kept until all its rows are imported
 * @param maxUploadSize       largest zip accepted
 * @param maxUnpackedSize     most bytes all entries together may unpack to
 * @param maxEntries          most entries (files and folders) in one zip
 * @param maxCompressionRatio most bytes one entry may unpack to per compressed byte, once it passes 1 MB
 */
@ConfigurationProperties("hoso.digitization.batch-upload")
record BatchUploadProperties(
        @DefaultValue("./data/batches") Path folder,
        @DefaultValue("2GB") DataSize maxUploadSize,
        @DefaultValue("4GB") DataSize maxUnpackedSize,
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("100") int maxCompressionRatio) {

    BatchZip.Limits zipLimits() {
        return new BatchZip.Limits(maxUnpackedSize.toBytes(), maxEntries, maxCompressionRatio);
    }
}
