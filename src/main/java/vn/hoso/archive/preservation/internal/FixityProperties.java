package vn.hoso.archive.preservation.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often every stored original is re-hashed ({@code hoso.preservation.fixity.interval}, default daily). */
@ConfigurationProperties("hoso.preservation.fixity")
record FixityProperties(@DefaultValue("24h") Duration interval) {
}
