-- Manifest batches uploaded over HTTP (POST /api/batches). A batch is kept, with its unpacked upload on disk, until
-- every row has an outcome (imported_at set); after a restart the rows without an outcome are imported then.
create table import_batch (
    batch_id varchar(36) not null primary key,
    actor varchar(200) not null,
    row_count int not null,
    received_at timestamp with time zone not null,
    imported_at timestamp with time zone,
    failure_code varchar(64)
);

-- One row's outcome, recorded with its documents in one transaction once the row is through.
create table import_batch_row (
    batch_id varchar(36) not null references import_batch (batch_id),
    row_number int not null,
    record_key varchar(200) not null,
    status varchar(16) not null,
    dossier_id varchar(64),
    page_count int not null,
    failure_code varchar(64),
    failure_arguments varchar(4000),
    primary key (batch_id, row_number)
);

create table import_batch_document (
    batch_id varchar(36) not null,
    row_number int not null,
    document_id varchar(64) not null,
    original_name varchar(255) not null,
    primary key (batch_id, row_number, document_id),
    foreign key (batch_id, row_number) references import_batch_row (batch_id, row_number)
);
