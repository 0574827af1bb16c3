/**
 * The dossier (hồ sơ) lifecycle as an Axon event-sourced aggregate: receipt at the one-stop desk or online, documents
 * attached. Publishes its commands, events and the {@link vn.hoso.archive.dossier.DossierLookup} query port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier lifecycle")
package vn.hoso.archive.dossier;
