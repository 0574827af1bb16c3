package vn.hoso.archive.portal.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DigitizationProperties;
import vn.hoso.archive.digitization.DocumentIntake;

/**
 * Attachments the portal gives by URL, fetched over HTTP(S) from the hosts named in
 * {@code hoso.portal.attachment-hosts} only (none by default), so the intake cannot be pointed at internal services.
 * Each is limited to the upload size limit and streamed into the ordinary document intake.
 */
@Component
class PortalAttachments {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FETCH_TIMEOUT = Duration.ofMinutes(2);

    private final Set<String> allowedHosts;
    private final long maxBytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PortalAttachments(@Value("${hoso.portal.attachment-hosts:}") List<String> allowedHosts,
                      DigitizationProperties digitization) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toSet());
        this.maxBytes = digitization.maxUploadSize().toBytes();
    }

    /** Refuses the first URL that is not http(s) on an allowed host; nothing is fetched until the intake opens it. */
    List<DocumentIntake.IncomingDocument> toFetch(List<PortalController.PortalAttachment> attachments) {
        return attachments.stream().map(this::fetchable).toList();
    }

    private DocumentIntake.IncomingDocument fetchable(PortalController.PortalAttachment attachment) {
        URI url = allowedUrl(attachment.url());
        String name = attachment.name() != null ? attachment.name() : url.getPath();
        return new DocumentIntake.IncomingDocument() {
            @Override
            public InputStream open() throws IOException {
                return fetch(url);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    private URI allowedUrl(String text) {
        URI url;
        try {
            url = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("ATTACHMENT_URL_NOT_ALLOWED", text);
        }
        boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        if (!web || url.getHost() == null || !allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            throw ApiProblem.badRequest("ATTACHMENT_URL_NOT_ALLOWED", text);
        }
        return url;
    }

    private InputStream fetch(URI url) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(FETCH_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + url, e);
        } catch (IOException e) {
            throw ApiProblem.badRequest("ATTACHMENT_FETCH_FAILED", url, e.getClass().getSimpleName());
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw ApiProblem.badRequest("ATTACHMENT_FETCH_FAILED", url, "HTTP " + response.statusCode());
        }
        return new LimitedStream(response.body(), url);
    }

    /** Stops reading, with a specific error, once an attachment passes the upload size limit. */
    private final class LimitedStream extends FilterInputStream {
        private final URI url;
        private long read;

        LimitedStream(InputStream in, URI url) {
            super(in);
            this.url = url;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw ApiProblem.badRequest("ATTACHMENT_TOO_LARGE", url, maxBytes);
            }
        }
    }
}
