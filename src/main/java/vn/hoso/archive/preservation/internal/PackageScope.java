package vn.hoso.archive.preservation.internal;

import java.util.List;

/**
 * What a package holds: dossiers named one by one (one record, or a box as the list of its dossiers), a procedure's
 * dossiers or those received in a period. {@code label} names it in the package.
 */
record PackageScope(String label, List<String> dossierIds) {
}
