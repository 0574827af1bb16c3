package vn.hoso.archive.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out receipt codes (by default {@code OFFICE-yyMMdd-NNNN}, see {@link DossierCodeFormat}), unique per office
 * and day, from a counter row per day. A code is never handed out twice, even by concurrent requests; a refused
 * receipt leaves a gap.
 */
@Component
public class DossierCodes {

    private final JdbcClient jdbc;
    private final String office;
    private final ZoneId zone;
    private final DossierCodeFormat format;
    private final TransactionTemplate ownTransaction;

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions, @Value("${hoso.office.code}") String office, @Value("${hoso.office.zone}") ZoneId zone,
                 @Value("${hoso.office.code-format:{office}-{yyMMdd}-{seq:4}}") String format) {
        this.jdbc = jdbc;
        this.office = office;
        this.zone = zone;
        this.format = new DossierCodeFormat(format);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public DossierId next(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, zone);
        return new DossierId(format.format(office, day, nextNumber(day)));
    }

    /**
     * Each attempt is a transaction of its own: when two first receipts of a day both insert the counter row, the
     * loser's transaction is spoiled on PostgreSQL, so it retries in a fresh one and finds the row.
     */
    private int nextNumber(LocalDate day) {
        try {
            return ownTransaction.execute(status -> increment(day));
        } catch (DuplicateKeyException raced) {
            return ownTransaction.execute(status -> increment(day));
        }
    }

    private int increment(LocalDate day) {
        int updated = jdbc.sql("UPDATE dossier_code_counter SET last_number = last_number + 1 WHERE office = ? AND receipt_day = ?")
                .params(office, day).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO dossier_code_counter (office, receipt_day, last_number) VALUES (?, ?, 1)")
                    .params(office, day).update();
            return 1;
        }
        return jdbc.sql("SELECT last_number FROM dossier_code_counter WHERE office = ? AND receipt_day = ?")
                .params(office, day).query(Integer.class).single();
    }
}
