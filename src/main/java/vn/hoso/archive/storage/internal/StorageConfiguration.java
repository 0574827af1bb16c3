package vn.hoso.archive.storage.internal;

import io.minio.MinioClient;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.storage.ObjectStore;
import vn.hoso.archive.storage.StorageProperties;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    ObjectStore objectStore(StorageProperties properties) throws IOException {
        return switch (properties.kind()) {
            case FILESYSTEM -> new FileSystemObjectStore(properties.root());
            case S3 -> s3Store(properties.s3());
        };
    }

    private static ObjectStore s3Store(StorageProperties.S3 s3) throws IOException {
        MinioClient client = MinioClient.builder()
                .endpoint(s3.endpoint())
                .credentials(s3.accessKey(), s3.secretKey())
                .region(s3.region())
                .build();
        return new MinioObjectStore(client, s3.bucket());
    }
}
