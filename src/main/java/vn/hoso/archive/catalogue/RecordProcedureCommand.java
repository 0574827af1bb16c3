package vn.hoso.archive.catalogue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record RecordProcedureCommand(@TargetAggregateIdentifier String entryId, Procedure procedure, String source) {

    static RecordProcedureCommand of(Procedure procedure, String source) {
        return new RecordProcedureCommand(CatalogueEntry.idOf(procedure.code()), procedure, source);
    }
}
