-- The citizen's rating of the service for each dossier (1 very dissatisfied … 5 very satisfied), for the
-- satisfaction figures of the statistics report.
alter table dossier_summary add column rating smallint;
alter table dossier_summary add column rated_at timestamp with time zone;
