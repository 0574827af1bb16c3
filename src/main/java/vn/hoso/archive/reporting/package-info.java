/**
 * Reporting: the figures the commune's leadership reads, for any period, procedure, field, village and channel,
 * computed from the dossier list read model and the procedure catalogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.hoso.archive.reporting;
