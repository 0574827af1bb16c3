package vn.hoso.archive.storage.internal;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/** Objects in one bucket of an S3-protocol server (MinIO in production, S3Proxy in tests) through the MinIO SDK. */
class MinioObjectStore implements ObjectStore {

    private final MinioClient client;
    private final String bucket;

    MinioObjectStore(MinioClient client, String bucket) throws IOException {
        this.client = client;
        this.bucket = bucket;
        ensureBucket();
    }

    @Override
    public void put(ObjectKey key, Path file, String contentType) throws IOException {
        call(() -> client.uploadObject(UploadObjectArgs.builder()
                .bucket(bucket).object(key.value()).filename(file.toString()).contentType(contentType).build()));
    }

    @Override
    public InputStream get(ObjectKey key) throws IOException {
        return call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key.value()).build()));
    }

    @Override
    public boolean exists(ObjectKey key) throws IOException {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key.value()).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return false;
            }
            throw new IOException("S3 stat of " + key + " failed: " + e.errorResponse().code(), e);
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("S3 stat of " + key + " failed", e);
        }
    }

    @Override
    public void delete(ObjectKey key) throws IOException {
        call(() -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key.value()).build());
            return null;
        });
    }

    private void ensureBucket() throws IOException {
        call(() -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            return null;
        });
    }

    private interface S3Call<T> {
        T run() throws MinioException, GeneralSecurityException, IOException;
    }

    private <T> T call(S3Call<T> s3Call) throws IOException {
        try {
            return s3Call.run();
        } catch (ErrorResponseException e) {
            throw new IOException("S3 request to bucket " + bucket + " failed: " + e.errorResponse().code(), e);
        } catch (MinioException | GeneralSecurityException e) {
            throw new IOException("S3 request to bucket " + bucket + " failed", e);
        }
    }
}
