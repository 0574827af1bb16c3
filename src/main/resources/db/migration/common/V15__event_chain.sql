-- Tamper evidence: one link per stored event, chained per stream (see vn.hoso.archive.eventstore.EventChain).
-- Written in the transaction that appends the event; a row of domain_event_entry without a link was not appended
-- by the application. Snapshots are not chained.
create table event_chain (
    global_index bigint not null primary key,
    aggregate_identifier varchar(255) not null,
    sequence_number bigint not null,
    hash bytea not null,
    previous_hash bytea,
    unique (aggregate_identifier, sequence_number)
);
