package vn.hoso.archive.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The actor of an HTTP request and its role. Until authentication is in place, callers name themselves in the
 * {@value #HEADER} header; a request without it acts as {@link Actor#ANONYMOUS}. Roles come from the configured
 * actor → role mapping ({@link AccessProperties}), never from the caller.
 */
@Component
public class CurrentActor {

    public static final String HEADER = "X-Hoso-Actor";

    private final AccessProperties access;

    public CurrentActor(AccessProperties access) {
        this.access = access;
    }

    public Actor of(HttpServletRequest request) {
        String name = request.getHeader(HEADER);
        return name == null || name.isBlank() ? Actor.ANONYMOUS : new Actor(name.strip());
    }

    public Role roleOf(HttpServletRequest request) {
        return access.roles().getOrDefault(of(request).name(), access.defaultRole());
    }
}
