package vn.hoso.archive.dossier;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long closed dossiers are kept ({@code hoso.retention.*}): dossiers of the {@code permanentFields} (land by
 * default) forever, others {@code defaultYears} after archival, unless {@code procedures} names a procedure's own
 * period in years or {@code permanent}.
 */
@ConfigurationProperties("hoso.retention")
public record RetentionProperties(
        @DefaultValue("land") List<String> permanentFields,
        @DefaultValue("20") int defaultYears,
        @DefaultValue Map<String, String> procedures) {
}
