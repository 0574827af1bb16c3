-- Every stored original and the outcome of its latest fixity check (projected from DocumentRegisteredEvent by the
-- processing group "preservation-fixity"; rows of destroyed originals are removed by their disposition).
-- outcome: null (not checked yet), OK, MISMATCH (its bytes no longer give its SHA-256), MISSING (not in the store).
create table fixity_object (
    document_id varchar(64) not null primary key,
    dossier_id varchar(64) not null,
    sha256 char(64) not null,
    registered_at timestamp with time zone not null,
    last_checked_at timestamp with time zone,
    outcome varchar(16),
    observed_sha256 char(64),
    damaged_since timestamp with time zone
);
create index fixity_object_by_check on fixity_object (last_checked_at);
create index fixity_object_by_dossier on fixity_object (dossier_id);
