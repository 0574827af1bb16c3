-- Read model of the dossier list, projected from the dossier events (processing group "dossier-list") and
-- rebuilt by replaying them: clear the table and the group's token.
create table dossier_summary (
    dossier_id varchar(64) not null primary key,
    procedure_code varchar(64) not null,
    field varchar(64) not null,
    channel varchar(16) not null,
    applicant_name varchar(200) not null,
    village varchar(100),
    status varchar(32) not null,
    official varchar(200),
    received_at timestamp with time zone not null,
    due_at timestamp with time zone,
    due_date_provisional boolean not null,
    clock_stopped boolean not null,
    apology_issued boolean not null,
    result_number varchar(100),
    resolved_at timestamp with time zone,
    resolved_late boolean
);
create index idx_dossier_summary_received on dossier_summary (received_at);
create index idx_dossier_summary_status on dossier_summary (status);
