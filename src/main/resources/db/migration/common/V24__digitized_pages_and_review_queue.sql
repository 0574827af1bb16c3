-- The current text of every digitized page and how far it can be trusted (processing group "digitized-pages",
-- in the recording command's transaction): pages that need review are the archivists' review queue.
create table digitized_page (
    document_id varchar(64) not null,
    page_number int not null,
    dossier_id varchar(64) not null,
    run int not null,
    image_key varchar(255),
    text varchar(1000000) not null,
    mean_confidence double precision not null,
    coverage double precision not null,
    quality double precision not null,
    uncertain_words varchar(20000) not null,
    needs_review boolean not null,
    reviewed_by varchar(64),
    primary key (document_id, page_number)
);
create index digitized_page_review_queue on digitized_page (needs_review, quality);

-- The searchable PDF of each document's latest OCR run.
create table searchable_pdf (
    document_id varchar(64) not null primary key,
    run int not null,
    object_key varchar(255) not null,
    sha256 varchar(64) not null
);
