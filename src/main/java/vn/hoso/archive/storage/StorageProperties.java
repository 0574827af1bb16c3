package vn.hoso.archive.storage;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which object store to use. {@code kind=filesystem} keeps objects under {@code root} (the embedded default);
 * {@code kind=s3} talks to an S3-protocol server (MinIO in production) through the MinIO SDK.
 */
@Validated
@ConfigurationProperties("hoso.storage")
public record StorageProperties(
        @NotNull @DefaultValue("filesystem") Kind kind,
        @NotNull @DefaultValue("data/objects") Path root,
        @DefaultValue S3 s3) {

    public enum Kind { FILESYSTEM, S3 }

    public record S3(
            @DefaultValue("http://127.0.0.1:9000") String endpoint,
            @DefaultValue("") String accessKey,
            @DefaultValue("") String secretKey,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("hoso") String bucket) {
    }
}
