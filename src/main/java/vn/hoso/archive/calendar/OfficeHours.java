package vn.hoso.archive.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the office works.
 *
 * @param closesAt      a dossier received at or after this time counts as received on the next working day
 * @param sameDayCutoff a same-day procedure received at or after this time is due at the end of the next working day
 */
@Validated
@ConfigurationProperties("hoso.office")
public record OfficeHours(
        @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @NotNull @DefaultValue("07:30") LocalTime opensAt,
        @NotNull @DefaultValue("17:00") LocalTime closesAt,
        @NotNull @DefaultValue("15:00") LocalTime sameDayCutoff) {
}
