-- Manifest batches run on any node: the accepted upload is kept in the object store, and a batch is run by one node
-- at a time under a lease. runner names the node (for GET /api/batches/{id}); lease_token is one claim's own id, so
-- a node whose lease expired or was taken over can no longer renew it nor record a row's outcome.
alter table import_batch add column runner varchar(200);
alter table import_batch add column lease_token varchar(36);
alter table import_batch add column running_since timestamp with time zone;
alter table import_batch add column lease_expires_at timestamp with time zone;

-- Which node imported each row.
alter table import_batch_row add column imported_by varchar(200);
