package vn.hoso.archive.access;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which role each actor has, until authentication exists: {@code hoso.access.roles.<actor>=<ROLE>}.
 *
 * @param defaultRole the role of every actor not listed, anonymous callers included
 */
@ConfigurationProperties("hoso.access")
public record AccessProperties(@DefaultValue Map<String, Role> roles, @DefaultValue("OFFICIAL") Role defaultRole) {
}
