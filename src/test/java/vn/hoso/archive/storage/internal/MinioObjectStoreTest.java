package vn.hoso.archive.storage.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.MinioClient;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/** The S3 adapter against a real S3-protocol server (S3Proxy, started by ./hoso test). */
class MinioObjectStoreTest extends ObjectStoreContract {

    @Override
    ObjectStore store() throws IOException {
        return new MinioObjectStore(client(TestServers.s3SecretKey()), "hoso-adapter-test");
    }

    private static MinioClient client(String secretKey) {
        return MinioClient.builder().endpoint(TestServers.s3Endpoint())
                .credentials(TestServers.s3AccessKey(), secretKey).region("us-east-1").build();
    }

    @Test
    void aWrongSecretKeyIsRefused() {
        assertThatThrownBy(() -> new MinioObjectStore(client("not-the-secret"), "hoso-adapter-test")
                .exists(ObjectKey.original("0".repeat(64))))
                .isInstanceOf(IOException.class);
    }
}
