package vn.hoso.archive.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out receipt codes {@code OFFICE-yyMMdd-NNNN}, unique per office and day, from a counter row per day.
 * A code is never handed out twice, even by concurrent requests; a refused receipt leaves a gap.
 */
@Component
public class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final String office;
    private final ZoneId zone;

    DossierCodes(JdbcClient jdbc, @Value("${hoso.office.code}") String office, @Value("${hoso.office.zone}") ZoneId zone) {
        this.jdbc = jdbc;
        this.office = office;
        this.zone = zone;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DossierId next(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, zone);
        return new DossierId("%s-%s-%04d".formatted(office, DAY.format(day), increment(day)));
    }

    private int increment(LocalDate day) {
        int updated = jdbc.sql("UPDATE dossier_code_counter SET last_number = last_number + 1 WHERE office = ? AND receipt_day = ?")
                .params(office, day).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO dossier_code_counter (office, receipt_day, last_number) VALUES (?, ?, 1)")
                        .params(office, day).update();
                return 1;
            } catch (DuplicateKeyException raced) {
                return increment(day);
            }
        }
        return jdbc.sql("SELECT last_number FROM dossier_code_counter WHERE office = ? AND receipt_day = ?")
                .params(office, day).query(Integer.class).single();
    }
}
