-- Global event indexes in blocks of 50 per node (Hibernate's pooled optimizer) instead of one database round trip per
-- event: the single-step sequence serialized every append of the node on a locked nextval call. Indexes are still
-- handed out in order within a node; gaps (transactions in flight, blocks left unused at shutdown) are what Axon's
-- gap-aware tracking tokens already handle.
alter sequence domain_event_entry_seq increment by 50;
