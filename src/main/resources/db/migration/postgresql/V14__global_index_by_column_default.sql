-- Axon's JDBC storage engine leaves the global index to the database: each insert takes the next value of the event
-- sequence, one at a time again (values already handed out in blocks of 50 stay as they are).
alter sequence domain_event_entry_seq increment by 1;
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
