/**
 * Integration with the public-service portal: online dossiers arrive through an intake API that is idempotent by
 * the portal's own dossier id, and every dossier status change is published as a feed the portal pulls, so
 * citizens see the same state everywhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal integration")
package vn.hoso.archive.portal;
