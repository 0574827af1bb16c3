-- Which document digitizes each original (by SHA-256): the first to claim it is OCR'd, later ones are duplicates
-- linked to it (DigitizationPipeline, in its own transaction so racing claims meet at the primary key).
create table digitized_original (
    sha256 varchar(64) not null primary key,
    document_id varchar(64) not null
);
