package vn.hoso.archive.readaudit.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.readaudit.ReadAudit;
import vn.hoso.archive.readaudit.ReadKind;

/**
 * Records every successful read of a record, a document or a page, whichever module serves it. A page opened from a
 * search hit carries the query as {@code q} and is recorded as {@link ReadKind#SEARCH_HIT_OPENED}. Exports record
 * themselves, since only the exporter knows what the package holds.
 */
@Component
class ReadAuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ReadAuditFilter.class);
    private static final String SEGMENT = "([^/]+)";

    private record Route(Pattern path, ReadKind kind) {
        Route(String path, ReadKind kind) {
            this(Pattern.compile(path), kind);
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route("/api/dossiers/" + SEGMENT, ReadKind.RECORD_OPENED),
            new Route("/api/(?:dossiers|records)/" + SEGMENT + "/(?:history|as-of|diff)", ReadKind.HISTORY_VIEWED),
            new Route("/api/documents/" + SEGMENT + "/(?:original|searchable-pdf)", ReadKind.DOCUMENT_DOWNLOADED),
            new Route("/api/documents/" + SEGMENT + "/pages/(\\d+)(/.*)?", ReadKind.PAGE_VIEWED));

    private final ReadAudit audit;
    private final CurrentActor currentActor;

    ReadAuditFilter(ReadAudit audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) || response.getStatus() >= 300) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ROUTES.stream()
                .map(route -> read(route, path, request))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(read -> record(request, read));
    }

    private record Read(ReadKind kind, String record, String detail) {
    }

    private static Optional<Read> read(Route route, String path, HttpServletRequest request) {
        Matcher matcher = route.path().matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (route.kind() != ReadKind.PAGE_VIEWED) {
            return Optional.of(new Read(route.kind(), matcher.group(1), null));
        }
        String page = "page " + matcher.group(2);
        String query = request.getParameter("q");
        return Optional.of(query == null
                ? new Read(ReadKind.PAGE_VIEWED, matcher.group(1), page)
                : new Read(ReadKind.SEARCH_HIT_OPENED, matcher.group(1), page + ", q=" + query));
    }

    private void record(HttpServletRequest request, Read read) {
        try {
            audit.record(currentActor.of(request), request.getRemoteAddr(), read.kind(), read.record(), read.detail());
        } catch (RuntimeException failure) {
            log.error("Read of {} {} by {} not recorded in the read audit", read.kind(), read.record(),
                    request.getRemoteAddr(), failure);
        }
    }
}
