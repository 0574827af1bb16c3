package vn.hoso.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import vn.hoso.archive.access.CurrentActor;

/**
 * An embedded archive (H2, objects in a folder, the test Elasticsearch) with helpers to receive dossiers and scan
 * pages into them over HTTP; the preservation and read-audit tests share its one application context. Extract copies
 * (CIVIL-EXTRACT-COPY) are kept 0 years, so their disposition can be tested at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoso.retention.procedures.CIVIL-EXTRACT-COPY=0")
public abstract class ScannedArchive {

    protected static final String INSPECTOR = "thanh.tra.vien";
    private static Path dataDir;

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        dataDir = TestServers.registerEmbedded(registry, "scanned");
    }

    /** Where the embedded store keeps its objects, for tests that damage one behind the archive's back. */
    protected static Path objectsFolder() {
        return dataDir.resolve("objects");
    }

    protected String receive(String procedure, String applicant) {
        ResponseEntity<JsonNode> receipt = http.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(
                Map.of("procedureCode", procedure, "applicantName", applicant, "channel", "DIRECT"),
                json(as("mot.cua"))), JsonNode.class);
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return receipt.getBody().get("dossierId").asText();
    }

    /** Uploads one page per line and waits until every document is digitized; gives the document ids. */
    protected List<String> scan(String dossierId, String... lines) {
        var form = new LinkedMultiValueMap<String, Object>();
        for (int page = 0; page < lines.length; page++) {
            String name = "trang-" + page + ".png";
            form.add("file", new ByteArrayResource(TestDocuments.png(TestDocuments.page(lines[page]))) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        HttpHeaders headers = as("mot.cua");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        JsonNode accepted = http.exchange("/api/dossiers/{id}/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class, dossierId).getBody();
        List<String> documentIds = new ArrayList<>();
        accepted.forEach(document -> documentIds.add(document.get("documentId").asText()));
        await().atMost(Duration.ofMinutes(3)).until(() -> get("/api/dossiers/" + dossierId + "/history", "system:test",
                JsonNode.class).getBody().findValuesAsText("type").stream()
                .filter("DigitizationCompletedEvent"::equals).count() == documentIds.size());
        return documentIds;
    }

    /** A dossier step ({@code POST /api/dossiers/{code}/<step>}) as the actor. */
    protected ResponseEntity<JsonNode> step(String dossierId, String step, String actor, Map<String, String> body) {
        return http.exchange("/api/dossiers/{id}/" + step, HttpMethod.POST, new HttpEntity<>(body, json(as(actor))),
                JsonNode.class, dossierId);
    }

    protected byte[] exportPackage(String dossierId) {
        ResponseEntity<byte[]> response = get("/api/packages?dossier=" + dossierId, "luu.tru", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    protected ResponseEntity<JsonNode> importPackage(byte[] zip) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(zip) {
            @Override
            public String getFilename() {
                return "package.zip";
            }
        });
        HttpHeaders headers = as("luu.tru");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/api/packages", HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    }

    /** One fixity pass now. */
    protected JsonNode runFixityAudit() {
        return http.exchange("/api/fixity/run", HttpMethod.POST, new HttpEntity<>(as(INSPECTOR)), JsonNode.class)
                .getBody();
    }

    protected List<String> damagedDocuments() {
        return get("/api/fixity", INSPECTOR, JsonNode.class).getBody().get("damaged").findValuesAsText("documentId");
    }

    protected <T> ResponseEntity<T> get(String path, String actor, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(as(actor)), type);
    }

    protected static HttpHeaders as(String actor) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CurrentActor.HEADER, actor);
        return headers;
    }

    protected static HttpHeaders json(HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
