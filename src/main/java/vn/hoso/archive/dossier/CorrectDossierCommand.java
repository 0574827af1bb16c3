package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects recorded data after the result, saying what, why, and which result it refers to. */
public record CorrectDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String field,
        String correctedValue,
        String reason) {
}
