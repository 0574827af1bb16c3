-- Files uploaded to a dossier in one request (POST /api/dossiers/{id}/documents), so GET /api/uploads/{id} can tell
-- how far their digitization has come.
create table document_upload (
    upload_id varchar(36) not null,
    document_id varchar(64) not null,
    dossier_id varchar(64) not null,
    original_name varchar(255) not null,
    actor varchar(200) not null,
    received_at timestamp with time zone not null,
    primary key (upload_id, document_id)
);
