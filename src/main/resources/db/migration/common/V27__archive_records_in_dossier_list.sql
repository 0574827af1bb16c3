-- Archive records (historical paper dossiers registered by the batch import) are listed as archived and left out of
-- the one-stop shop's statistics.
alter table dossier_summary add column archive_record boolean default false not null;
