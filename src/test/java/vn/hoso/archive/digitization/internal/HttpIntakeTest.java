package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.dossier.DossierCodes;

/**
 * Intake over HTTP on the embedded default. {@code POST /api/batches}: a batch goes through like {@code ./hoso import}
 * and its progress can be followed; each kind of bad zip or manifest is refused with its own code, leaving nothing
 * behind. {@code POST /api/dossiers/{id}/documents}: the upload's progress can be followed too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hoso.access.roles.luutruvien=ARCHIVIST", "hoso.digitization.batch-upload.max-upload-size=1MB",
        "hoso.digitization.batch-upload.max-unpacked-size=3MB", "hoso.digitization.batch-upload.max-entries=20"})
class HttpIntakeTest {

    private static final String ARCHIVIST = "luutruvien";
    private static final String MANIFEST_HEADER = "box,folder,item,procedure,year,applicant,village,pages\n";
    private static Path dataDir;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BatchUploads uploads;
    @Autowired
    DossierCodes codes;
    @Autowired
    CommandGateway commands;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        dataDir = TestServers.registerEmbedded(registry, "http-intake");
    }

    @Test
    void aBatchIsAcceptedAtOnceImportedRowByRowAndFollowedUntilItsPagesAreRecognized() throws IOException {
        String item = UUID.randomUUID().toString().substring(0, 8);
        byte[] zip = new TestZip()
                .add("hop-05/manifest.csv", MANIFEST_HEADER
                        + "H05,C01," + item + "-1,LAND-FIRST-CERT,2009,Nguyễn Văn An,Thanh Thùy,scans/so-do.png\n"
                        + "H05,C01," + item + "-2,CIVIL-BIRTH,1998,Trần Thị Bình,,thieu.png\n"
                        + "H05,C01," + item + "-3,CIVIL-BIRTH,1999,Lê Văn Cường,,khai-sinh.png\n")
                .add("hop-05/scans/so-do.png", TestDocuments.png(TestDocuments.page("GIẤY CHỨNG NHẬN " + item)))
                .add("hop-05/khai-sinh.png", TestDocuments.png(TestDocuments.page("GIẤY KHAI SINH " + item)))
                .bytes();

        ResponseEntity<JsonNode> accepted = upload(zip, ARCHIVIST);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody().get("rows").asInt()).isEqualTo(3);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(location).isEqualTo("/api/batches/" + accepted.getBody().get("batchId").asText());

        JsonNode done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> progress(location, "vi"), status -> status.get("state").asText().equals("DONE"));
        assertThat(done.get("rows").toString()).isEqualTo("{\"total\":3,\"imported\":2,\"failed\":1}");
        assertThat(done.get("pages").toString()).isEqualTo("{\"total\":2,\"recognized\":2}");
        JsonNode failed = done.get("failedRows").get(0);
        assertThat(failed.get("row").asInt()).isEqualTo(3);
        assertThat(failed.get("key").asText()).isEqualTo("H05/C01/" + item + "-2");
        assertThat(failed.get("code").asText()).isEqualTo("PAGE_FILE_MISSING");
        assertThat(failed.get("reason").asText()).isEqualTo("Không có tệp thieu.png trong thư mục lô.");
        assertThat(progress(location, "en").get("failedRows").get(0).get("reason").asText())
                .isEqualTo("There is no file thieu.png in the batch folder.");
        assertThat(done.get("failedDocuments")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_record WHERE item_number LIKE ?").param(item + "-%")
                .query(Long.class).single()).isEqualTo(2);
        await("the upload is kept only until its rows are imported").atMost(Duration.ofSeconds(10))
                .until(() -> batchFolders().isEmpty());
    }

    @Test
    void onlyAnArchivistImportsOrFollowsABatch() {
        byte[] zip = new TestZip().add("manifest.csv", MANIFEST_HEADER).bytes();
        assertThat(code(upload(zip, "mot.cua"))).isEqualTo("403 BATCH_IMPORT_FORBIDDEN");
        assertThat(code(upload(zip, null))).isEqualTo("403 BATCH_IMPORT_FORBIDDEN");
        assertThat(code(get("/api/batches/" + UUID.randomUUID(), "mot.cua", "vi"))).isEqualTo("403 BATCH_IMPORT_FORBIDDEN");
        assertThat(code(get("/api/batches/khong-co", ARCHIVIST, "vi"))).isEqualTo("404 BATCH_NOT_FOUND");
    }

    @Test
    void eachBadZipOrManifestIsRefusedWithItsCodeAndLeavesNothing() throws IOException {
        long batchesBefore = count("import_batch");
        long eventsBefore = count("domain_event_entry");
        byte[] page = TestDocuments.png(TestDocuments.page("Trang"));
        String row = "H06,C01,1,CIVIL-BIRTH,2001,Nguyễn Thị Hà,,p.png\n";

        assertThat(code(upload(new TestZip().add("manifest.csv", MANIFEST_HEADER + row).add("../p.png", page).bytes())))
                .isEqualTo("422 BATCH_ENTRY_NAME_NOT_ALLOWED");
        assertThat(code(upload(new TestZip().add("manifest.csv", MANIFEST_HEADER + row).add("/tmp/p.png", page).bytes())))
                .isEqualTo("422 BATCH_ENTRY_NAME_NOT_ALLOWED");
        assertThat(code(upload(new TestZip().add("manifest.csv", MANIFEST_HEADER + row).symlink("p.png", "/etc/passwd")
                .bytes()))).isEqualTo("422 BATCH_ENTRY_SYMLINK");
        assertThat(code(upload(new TestZip().add("manifest.csv", MANIFEST_HEADER + row).add("p.png", page)
                .add("p.png", page).bytes()))).isEqualTo("422 BATCH_ENTRY_DUPLICATE");
        assertThat(code(upload(new TestZip().add("manifest.csv", MANIFEST_HEADER + row).add("p.png", page)
                .add("them.zip", new TestZip().add("p2.png", page).bytes()).bytes()))).isEqualTo("422 BATCH_NESTED_ARCHIVE");
        assertThat(code(upload(new TestZip().add("manifest.csv", MANIFEST_HEADER + row).add("p.png", new byte[2 << 20])
                .bytes()))).isEqualTo("422 BATCH_ZIP_BOMB");
        TestZip large = new TestZip().add("manifest.csv", MANIFEST_HEADER + row);
        Stream.of("a", "b", "c", "d").forEach(name -> large.add(name + ".tif", new byte[1 << 20]));
        assertThat(code(upload(large.bytes()))).isEqualTo("422 BATCH_TOO_LARGE_UNPACKED");
        TestZip many = new TestZip().add("manifest.csv", MANIFEST_HEADER + row);
        Stream.iterate(0, index -> index + 1).limit(20).forEach(index -> many.add(index + ".png", page));
        assertThat(code(upload(many.bytes()))).isEqualTo("422 BATCH_TOO_MANY_ENTRIES");
        assertThat(code(upload(page))).isEqualTo("422 BATCH_NOT_A_ZIP");
        byte[] tooLarge = new byte[(1 << 20) + 1024];
        new Random(4).nextBytes(tooLarge);
        assertThat(code(upload(tooLarge))).isEqualTo("413 BATCH_TOO_LARGE");
        assertThat(catchThrowableOfType(ImportRefusal.class, () -> uploads.receive(new ByteArrayInputStream(tooLarge),
                new Actor(ARCHIVIST))).code()).as("a body without its length is cut off at the limit").isEqualTo("BATCH_TOO_LARGE");

        assertThat(code(upload(new TestZip().add("manifest.csv", (MANIFEST_HEADER + row)
                .getBytes(Charset.forName("windows-1258"))).add("p.png", page).bytes()))).isEqualTo("422 MANIFEST_NOT_UTF8");
        assertThat(code(upload(new TestZip().add("manifest.csv", "box,folder,item,year,applicant,pages\nH06,C01,1,2001,A,p.png\n")
                .add("p.png", page).bytes()))).isEqualTo("422 MANIFEST_COLUMNS");
        assertThat(code(upload(new TestZip().add("p.png", page).bytes()))).isEqualTo("422 MANIFEST_MISSING");

        assertThat(count("import_batch")).isEqualTo(batchesBefore);
        assertThat(count("domain_event_entry")).isEqualTo(eventsBefore);
        assertThat(batchFolders()).isEmpty();
    }

    @Test
    void anUploadOfFilesToADossierIsFollowedUntilEachDocumentIsRecognizedOrFailed() {
        String dossierId = EmbeddedArchive.receiveDossier(codes, commands);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", named("khai-sinh.png", TestDocuments.png(TestDocuments.page("GIẤY KHAI SINH " + dossierId))));
        form.add("file", named("ma.pdf", BrokenDocuments.pdfWithJavaScript()));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set(CurrentActor.HEADER, "mot.cua");
        ResponseEntity<JsonNode> accepted = http.exchange("/api/dossiers/{id}/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class, dossierId);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody()).hasSize(2);
        String location = accepted.getHeaders().getLocation().toString();
        assertThat(location).startsWith("/api/uploads/");

        JsonNode done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(location, "mot.cua", "en").getBody(), status -> status.path("state").asText().equals("DONE"));
        assertThat(done.get("dossierId").asText()).isEqualTo(dossierId);
        assertThat(done.get("documents").asInt()).isEqualTo(2);
        assertThat(done.get("documentsFinished").asInt()).isEqualTo(2);
        assertThat(done.get("pagesRecognized").asInt()).isEqualTo(1);
        JsonNode refused = done.get("files").get(1);
        assertThat(refused.get("name").asText()).isEqualTo("ma.pdf");
        assertThat(refused.get("code").asText()).isEqualTo("ACTIVE_CONTENT");
        assertThat(refused.get("reason").asText()).contains("ma.pdf");
        assertThat(done.get("files").get(0).get("code").isNull()).isTrue();

        assertThat(get(location, ARCHIVIST, "vi").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(code(get(location, "nguoi.khac", "vi"))).isEqualTo("403 UPLOAD_FORBIDDEN");
        assertThat(code(get("/api/uploads/khong-co", "mot.cua", "vi"))).isEqualTo("404 UPLOAD_NOT_FOUND");
    }

    @Test
    void theUploadIsDescribedInTheApiDocuments() {
        JsonNode post = http.getForObject("/v3/api-docs", JsonNode.class).path("paths").path("/api/batches").path("post");
        assertThat(post.path("requestBody").path("content").has("application/zip")).isTrue();
        assertThat(post.path("responses").has("202")).isTrue();
        assertThat(post.path("responses").path("422").path("description").asText()).contains("BATCH_ZIP_BOMB");
    }

    private ResponseEntity<JsonNode> upload(byte[] zip) {
        return upload(zip, ARCHIVIST);
    }

    private ResponseEntity<JsonNode> upload(byte[] zip, String actor) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        if (actor != null) {
            headers.set(CurrentActor.HEADER, actor);
        }
        return http.exchange("/api/batches", HttpMethod.POST, new HttpEntity<>(zip, headers), JsonNode.class);
    }

    private JsonNode progress(String location, String language) {
        ResponseEntity<JsonNode> response = get(location, ARCHIVIST, language);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String path, String actor, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CurrentActor.HEADER, actor);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static ByteArrayResource named(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static String code(ResponseEntity<JsonNode> response) {
        return response.getStatusCode().value() + " " + response.getBody().path("code").asText();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static List<Path> batchFolders() throws IOException {
        Path batches = dataDir.resolve("batches");
        if (!Files.isDirectory(batches)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(batches)) {
            return folders.toList();
        }
    }
}
