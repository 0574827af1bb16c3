package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * Keeps {@code fixity_object}: one row per registered original, for the fixity audit to walk; and carries out a
 * disposition's tombstone: the disposed dossier's originals and the derivatives their events name (page images,
 * searchable PDFs, texts, hOCR) are deleted from the object store, except where another dossier's document holds the
 * same content (the store keeps each original once, and a duplicate reuses the first document's derivatives); they
 * also leave the fixity audit.
 */
@Component
@ProcessingGroup(PreservedOriginals.PROCESSING_GROUP)
class PreservedOriginals {

    static final String PROCESSING_GROUP = "preservation-fixity";

    private static final Logger log = LoggerFactory.getLogger(PreservedOriginals.class);

    private final JdbcClient jdbc;
    private final ObjectStore objects;
    private final RecordReader records;

    PreservedOriginals(JdbcClient jdbc, ObjectStore objects, RecordReader records) {
        this.jdbc = jdbc;
        this.objects = objects;
        this.records = records;
    }

    @ResetHandler
    void clear() {
        jdbc.sql("delete from fixity_object").update();
    }

    @EventHandler
    void on(DocumentRegisteredEvent event, @Timestamp java.time.Instant registeredAt) {
        jdbc.sql("""
                        insert into fixity_object (document_id, dossier_id, sha256, registered_at)
                        select ?, ?, ?, ? where not exists (select 1 from fixity_object where document_id = ?)""")
                .params(event.documentId(), event.dossierId(), event.sha256(),
                        OffsetDateTime.ofInstant(registeredAt, ZoneOffset.UTC), event.documentId())
                .update();
    }

    @EventHandler
    void on(DossierDisposedEvent event) throws IOException {
        String dossierId = event.dossierId().value();
        List<String> originals = jdbc.sql("""
                        select distinct sha256 from fixity_object mine where dossier_id = ? and not exists (
                            select 1 from fixity_object other where other.sha256 = mine.sha256 and other.dossier_id <> ?)""")
                .params(dossierId, dossierId).query(String.class).list();
        List<String> solelyHeld = originals.stream().map(String::strip).toList();
        for (String documentId : event.documentIds()) {
            for (String key : records.document(documentId).filter(document -> solelyHeld.contains(document.sha256()))
                    .map(DocumentRecord::derivativeKeys).orElse(List.of())) {
                objects.delete(new ObjectKey(key));
            }
        }
        for (String sha256 : solelyHeld) {
            objects.delete(ObjectKey.original(sha256));
        }
        jdbc.sql("delete from fixity_object where dossier_id = ?").param(dossierId).update();
        log.info("Disposition of {}: {} original(s) deleted from the object store", dossierId, originals.size());
    }
}
