package vn.hoso.archive.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The actor of an HTTP request. Until authentication is in place, callers name themselves in the
 * {@value #HEADER} header; a request without it acts as {@link Actor#ANONYMOUS}.
 */
@Component
public class CurrentActor {

    public static final String HEADER = "X-Hoso-Actor";

    public Actor of(HttpServletRequest request) {
        String name = request.getHeader(HEADER);
        return name == null || name.isBlank() ? Actor.ANONYMOUS : new Actor(name.strip());
    }
}
