/**
 * Read audit: who viewed or downloaded which record, page or export, when and from where. Entries are kept in an
 * append-only table, each chained to the one before by SHA-256, so an edited, deleted or inserted row is found by
 * {@link vn.hoso.archive.readaudit.ReadAudit#verify()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Read audit")
package vn.hoso.archive.readaudit;
