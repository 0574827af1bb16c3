package vn.hoso.archive.digitization.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which document digitizes each original (by SHA-256): the first document to claim an original is OCR'd, every later
 * one is a duplicate linked to it. The claim is its own transaction, so two documents racing for one original meet
 * at the primary key and the loser reads the winner.
 */
@Repository
class DigitizedOriginals {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DigitizedOriginals(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The document that digitizes this original: {@code documentId} itself when it is the first to claim it. */
    String claim(String sha256, String documentId) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO digitized_original (sha256, document_id) VALUES (?, ?)")
                    .params(sha256, documentId).update());
            return documentId;
        } catch (DuplicateKeyException claimedBefore) {
            return ownTransaction.execute(status -> jdbc
                    .sql("SELECT document_id FROM digitized_original WHERE sha256 = ?")
                    .param(sha256).query(String.class).single());
        }
    }
}
