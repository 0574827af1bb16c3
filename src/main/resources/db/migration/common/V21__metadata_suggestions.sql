-- Scanned documents whose metadata the extraction module follows (so an unknown document is told from one without
-- suggestions), and every metadata suggestion with the archivist's decision (processing group
-- "metadata-suggestions" in the processor "read-models"; a replay rebuilds both tables).
create table metadata_document (
    document_id varchar(64) not null primary key,
    dossier_id varchar(64) not null
);

create table metadata_suggestion (
    document_id varchar(64) not null,
    suggestion_id integer not null,
    dossier_id varchar(64) not null,
    kind varchar(32) not null,
    suggested_value varchar(200) not null,
    confirmed_value varchar(200),
    page_number integer not null,
    start_offset integer not null,
    end_offset integer not null,
    snippet varchar(400) not null,
    extractor varchar(64) not null,
    status varchar(16) not null,
    decided_by varchar(64),
    decided_at timestamp with time zone,
    primary key (document_id, suggestion_id)
);

create index metadata_suggestion_by_dossier on metadata_suggestion (dossier_id, status);
create index metadata_suggestion_by_value on metadata_suggestion (kind, confirmed_value);
