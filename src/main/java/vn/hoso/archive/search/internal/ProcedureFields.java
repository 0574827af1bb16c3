package vn.hoso.archive.search.internal;

/** The catalogue's field of a procedure (land, civil_status, …), which decides a dossier's facet and sensitivity. */
@FunctionalInterface
interface ProcedureFields {

    String UNKNOWN = "unknown";

    String fieldOf(String procedureCode);
}
