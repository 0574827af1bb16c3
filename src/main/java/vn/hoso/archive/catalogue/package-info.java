/**
 * The catalogue of administrative procedures (thủ tục hành chính) the commune offers: codes, names, field,
 * online level and statutory processing time. Other modules look procedures up through
 * {@link vn.hoso.archive.catalogue.ProcedureCatalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalogue")
package vn.hoso.archive.catalogue;
