/**
 * Object storage: originals and derivatives kept by content address. Exposes the {@link vn.hoso.archive.storage.ObjectStore}
 * port; the local-directory and S3 (MinIO SDK) adapters stay internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Object storage")
package vn.hoso.archive.storage;
