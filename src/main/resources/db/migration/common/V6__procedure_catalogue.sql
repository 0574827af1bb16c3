-- The procedures on offer now, one JSON definition per procedure, kept in step with the catalogue's events
-- (ProcedureDefinedEvent, ProcedureRevisedEvent) in the importing command's transaction.
create table procedure_catalogue (
    code varchar(64) not null primary key,
    revision int not null,
    definition varchar(20000) not null,
    recorded_at timestamp with time zone not null
);
