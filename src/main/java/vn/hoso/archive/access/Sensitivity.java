package vn.hoso.archive.access;

/** How closely a record must be held: civil-status files carry personal data only some roles may see. */
public enum Sensitivity {
    ORDINARY,
    PERSONAL;

    private static final String CIVIL_STATUS_FIELD = "civil_status";

    /** The sensitivity of a dossier of a procedure in {@code procedureField} (the catalogue's field). */
    public static Sensitivity ofProcedureField(String procedureField) {
        return CIVIL_STATUS_FIELD.equals(procedureField) ? PERSONAL : ORDINARY;
    }
}
