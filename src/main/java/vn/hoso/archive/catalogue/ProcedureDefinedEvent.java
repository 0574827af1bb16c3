package vn.hoso.archive.catalogue;

import org.axonframework.serialization.Revision;

/** A procedure entered the catalogue; {@code source} names the file or system it was imported from. */
@Revision("1")
public record ProcedureDefinedEvent(Procedure procedure, String source) {
}
