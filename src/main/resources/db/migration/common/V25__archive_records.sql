-- Archive records taken in from a batch manifest (box, folder, item number): the dossier each became, so importing
-- the same box again finds it instead of making a second one.
create table archive_record (
    box varchar(64) not null,
    folder varchar(64) not null,
    item_number varchar(64) not null,
    dossier_id varchar(64) not null unique,
    procedure_code varchar(64) not null,
    applicant_name varchar(200) not null,
    primary key (box, folder, item_number)
);
