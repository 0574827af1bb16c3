package vn.hoso.archive.dossier;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;

/** The retention period of a procedure's dossiers, in years after archival; empty when they are kept permanently. */
@Component
public class RetentionPolicy {

    static final String PERMANENT = "permanent";

    private final RetentionProperties properties;
    private final ProcedureCatalogue catalogue;

    RetentionPolicy(RetentionProperties properties, ProcedureCatalogue catalogue) {
        this.properties = properties;
        this.catalogue = catalogue;
        properties.procedures().forEach((code, period) -> {
            if (!PERMANENT.equals(period) && !period.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("hoso.retention.procedures." + code
                        + " is neither a number of years nor 'permanent': " + period);
            }
        });
    }

    public Optional<Integer> yearsFor(String procedureCode) {
        String period = properties.procedures().get(procedureCode);
        if (period != null) {
            return PERMANENT.equals(period) ? Optional.empty() : Optional.of(Integer.parseInt(period));
        }
        String field = catalogue.find(procedureCode).map(Procedure::field).orElse("");
        return properties.permanentFields().contains(field) ? Optional.empty() : Optional.of(properties.defaultYears());
    }
}
