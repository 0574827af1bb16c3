/**
 * Audit and inspection: a record's whole history read back from the event store, in order, with time and actor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit and inspection")
package vn.hoso.archive.audit;
