/**
 * The digitization pipeline: scanned paper uploaded for a dossier is kept as an original in object storage, its type
 * detected (Tika), its pages recognized (Tesseract through tess4j) and the text recorded as events of a
 * scanned-document aggregate, from which the search module indexes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digitization pipeline")
package vn.hoso.archive.digitization;
