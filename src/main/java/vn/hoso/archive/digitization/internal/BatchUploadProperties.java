package vn.hoso.archive.digitization.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Manifest batches uploaded as a zip ({@code POST /api/batches}).
 *
 * @param folder              this node's working copies: each batch it runs, unpacked from the stored upload
 * @param maxUploadSize       largest zip accepted
 * @param maxUnpackedSize     most bytes all entries together may unpack to
 * @param maxEntries          most entries (files and folders) in one zip
 * @param maxCompressionRatio most bytes one entry may unpack to per compressed byte, once it passes 1 MB
 * @param lease               how long a node's claim on a batch lasts unless renewed (every third of it while it runs)
 * @param pollInterval        how often each node looks for a batch nobody runs
 */
@ConfigurationProperties("hoso.digitization.batch-upload")
record BatchUploadProperties(
        @DefaultValue("./data/batches") Path folder,
        @DefaultValue("2GB") DataSize maxUploadSize,
        @DefaultValue("4GB") DataSize maxUnpackedSize,
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("10s") Duration pollInterval) {

    BatchZip.Limits zipLimits() {
        return new BatchZip.Limits(maxUnpackedSize.toBytes(), maxEntries, maxCompressionRatio);
    }
}
