-- Read audit: who read which record, page or export, when and from where. Append-only; each entry's hash covers
-- the previous entry's hash and its own fields. The single head row is locked by every append, so entries are
-- numbered and chained one at a time, and it tells when entries at the end were removed.
create table read_audit (
    position bigint primary key,
    read_at timestamp with time zone not null,
    actor varchar(64) not null,
    remote_address varchar(64) not null,
    kind varchar(32) not null,
    record varchar(200) not null,
    detail varchar(1000),
    previous_hash char(64) not null,
    entry_hash char(64) not null
);
create index read_audit_by_actor on read_audit (actor, read_at);
create index read_audit_by_record on read_audit (record, read_at);
create index read_audit_by_time on read_audit (read_at);

create table read_audit_head (
    id smallint primary key,
    last_position bigint not null,
    last_hash char(64) not null
);
insert into read_audit_head (id, last_position, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
