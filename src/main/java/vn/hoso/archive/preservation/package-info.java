/**
 * Preservation: records handed on as BagIt packages laid out after E-ARK CSIP (originals, OCR text, METS, PREMIS
 * events from the event stream) and taken back in only when every checksum holds; originals re-hashed on a schedule
 * (fixity); retention periods and disposition. Also serves originals and page texts to readers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Preservation")
package vn.hoso.archive.preservation;
