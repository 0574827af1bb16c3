package vn.hoso.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
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
import org.springframework.util.LinkedMultiValueMap;
import vn.hoso.archive.demo.SamplePages;
import vn.hoso.archive.dossier.AttachDocumentCommand;
import vn.hoso.archive.dossier.DossierCodes;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.eventstore.EventProcessors;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * The walking skeleton end to end over real HTTP: receive a dossier, upload scans (TIFF, PNG, PDF), find them by a
 * word on the page with and without diacritics, read the history; and bad input refused with nothing kept.
 * Subclasses run it on the embedded default and on the server stack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hoso.portal.attachment-hosts=127.0.0.1")
abstract class WalkingSkeletonScenario {

    private static final Path PHOTOTEST = Path.of("../shared/corpus/eng/phototest.tif");
    private static final Duration DIGITIZED_WITHIN = Duration.ofMinutes(3);

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectStore objectStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration eventProcessing;
    @Autowired
    DossierCodes dossierCodes;
    @Autowired
    CommandGateway commands;
    @Autowired
    Cache dossierCache;

    @Test
    void aScannedDossierIsSearchableWithAndWithoutDiacriticsAndKeepsItsHistory() throws Exception {
        String dossierId = receiveDossier("LAND-FIRST-CERT", "Nguyễn Văn An");
        assertThat(dossierId).matches("[A-Z]+-\\d{6}-\\d{4}");

        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        files.add(Map.entry("giay-chung-nhan.png", TestDocuments.png(SamplePages.renderPage(List.of(
                "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", "Cấp cho ông Nguyễn Văn An", "Hà Nội, ngày 12 tháng 3 năm 2009")))));
        files.add(Map.entry("to-khai.pdf", TestDocuments.imageOnlyPdf(List.of(
                List.of("TỜ KHAI", "Kính gửi: Ủy ban nhân dân xã Thanh Oai"),
                List.of("Địa chỉ: thôn Thanh Thùy", "Người khai ký tên")))));
        if (Files.exists(PHOTOTEST)) {
            files.add(Map.entry("phototest.tif", Files.readAllBytes(PHOTOTEST)));
        }
        ResponseEntity<JsonNode> accepted = upload(dossierId, files);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody()).hasSize(files.size());
        for (JsonNode document : accepted.getBody()) {
            assertThat(objectStore.exists(ObjectKey.original(document.get("sha256").asText()))).isTrue();
        }

        JsonNode withoutDiacritics = awaitHits("nguyen van an giay chung nhan");
        JsonNode hit = withoutDiacritics.get("hits").get(0);
        assertThat(hit.get("dossierId").asText()).isEqualTo(dossierId);
        assertThat(hit.get("pageNumber").asInt()).isEqualTo(1);
        assertThat(hit.get("snippet").asText()).contains("<em>");
        assertThat(awaitHits("Nguyễn Văn An giấy chứng nhận").get("hits").get(0).get("dossierId").asText()).isEqualTo(dossierId);

        JsonNode secondPdfPage = awaitHits("thanh thuy").get("hits").get(0);
        assertThat(secondPdfPage.get("pageNumber").asInt()).isEqualTo(2);
        if (Files.exists(PHOTOTEST)) {
            assertThat(awaitHits("quick brown").get("hits").get(0).get("dossierId").asText()).isEqualTo(dossierId);
        }

        JsonNode history = await().atMost(DIGITIZED_WITHIN).until(() -> history(dossierId),
                events -> types(events).stream().filter("DigitizationCompletedEvent"::equals).count() == files.size());
        assertThat(history.get(0).get("type").asText()).isEqualTo("DossierReceivedEvent");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("test.official");
        assertThat(types(history)).contains("DocumentRegisteredEvent", "DocumentAttachedEvent", "PageTextRecognizedEvent");
        for (JsonNode entry : history) {
            if (entry.get("type").asText().equals("PageTextRecognizedEvent")) {
                assertThat(entry.get("actor").asText()).isEqualTo("system:digitization");
            }
        }
    }

    @Test
    void uploadingTheSameFileTwiceGivesOneDocument() throws Exception {
        String dossierId = receiveDossier("CIVIL-BIRTH", "Trần Thị Bình");
        byte[] page = TestDocuments.png(TestDocuments.page("ĐƠN ĐĂNG KÝ KHAI SINH"));
        String first = upload(dossierId, List.of(Map.entry("a.png", page))).getBody().get(0).get("documentId").asText();
        String second = upload(dossierId, List.of(Map.entry("b.png", page))).getBody().get(0).get("documentId").asText();
        assertThat(second).isEqualTo(first);
        JsonNode history = await().atMost(DIGITIZED_WITHIN).until(() -> history(dossierId),
                events -> types(events).contains("DigitizationCompletedEvent"));
        assertThat(types(history).stream().filter("DocumentAttachedEvent"::equals)).hasSize(1);
        assertThat(types(history).stream().filter("DocumentRegisteredEvent"::equals)).hasSize(1);
    }

    @Test
    void aDamagedPdfIsKeptAndFailsWithAStableCodeWhileTheBatchGoesOn() throws Exception {
        String dossierId = receiveDossier("LAND-CERT-CORRECTION", "Phạm Văn Dũng");
        ResponseEntity<JsonNode> accepted = upload(dossierId, List.of(
                Map.entry("hong.pdf", TestDocuments.truncatedPdf()),
                Map.entry("tot.png", TestDocuments.png(TestDocuments.page("Đính chính giấy chứng nhận")))));
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode history = await().atMost(DIGITIZED_WITHIN).until(() -> history(dossierId),
                events -> types(events).contains("DigitizationFailedEvent")
                        && types(events).contains("DigitizationCompletedEvent"));
        for (JsonNode entry : history) {
            if (entry.get("type").asText().equals("DigitizationFailedEvent")) {
                assertThat(entry.get("payload").get("failure").asText()).isEqualTo("UNREADABLE_DOCUMENT");
                assertThat(entry.get("payload").get("detail").asText()).doesNotContain("\tat ");
            }
        }
        assertThat(objectStore.exists(ObjectKey.original(accepted.getBody().get(0).get("sha256").asText()))).isTrue();
    }

    @Test
    void theLifecycleRefusesAnOutOfOrderStepWithTheActionsAllowedNow() {
        String village = "Thanh Thùy " + UUID.randomUUID().toString().substring(0, 6);
        ResponseEntity<JsonNode> receipt = post(Map.of("procedureCode", "LAND-ORIGIN-CONFIRMATION",
                "applicantName", "Đỗ Thị Hoa", "channel", "ASSISTED", "assistedBy", "Tổ công nghệ số thôn Thanh Thùy",
                "village", village, "citizenId", "001190012345"));
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(receipt.getBody().get("dueAt").asText()).isNotBlank();
        String dossierId = receipt.getBody().get("dossierId").asText();

        assertThat(action(dossierId, "village-forward", Map.of("village", village, "purpose", "Nguồn gốc đất"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> refused = action(dossierId, "result", Map.of("resultNumber", "XN-1"));
        assertProblem(refused, 409, "ACTION_NOT_ALLOWED");
        assertThat(refused.getBody().get("currentStatus").asText()).isEqualTo("AT_VILLAGE");
        assertThat(refused.getBody().get("allowedActions").toString()).contains("RECORD_VILLAGE_REPLY");

        assertThat(action(dossierId, "village-reply", Map.of("confirmed", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(action(dossierId, "result", Map.of("resultNumber", "XN-1")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode listed = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForObject("/api/dossiers?village={v}&procedure=LAND-ORIGIN-CONFIRMATION", JsonNode.class,
                        village),
                page -> page.get("entries").size() > 0 && page.get("entries").get(0).get("status").asText()
                        .equals("RESULT_ISSUED"));
        JsonNode entry = listed.get("entries").get(0);
        assertThat(entry.get("dossierId").asText()).isEqualTo(dossierId);
        assertThat(entry.get("field").asText()).isEqualTo("land");
        assertThat(entry.get("resultNumber").asText()).isEqualTo("XN-1");
        assertThat(entry.get("overdue").asBoolean()).isFalse();
        JsonNode opened = http.getForObject("/api/dossiers/{id}", JsonNode.class, dossierId);
        assertThat(opened.get("status").asText()).isEqualTo("RESULT_ISSUED");
        assertThat(opened.get("resultNumber").asText()).isEqualTo("XN-1");
        assertThat(opened.get("allowedActions").toString()).contains("RETURN_RESULT", "CORRECT").doesNotContain("ASSIGN");
        assertProblem(http.getForEntity("/api/dossiers/THANHOAI-000000-9999", JsonNode.class), 404, "DOSSIER_NOT_FOUND");
        assertThat(http.getForObject("/api/dossiers?status=AT_VILLAGE&village={v}", JsonNode.class, village)
                .get("total").asLong()).isZero();
        assertProblem(http.getForEntity("/api/dossiers?status=SLEEPING", JsonNode.class), 400, "INVALID_PARAMETER");
        assertProblem(action("THANHOAI-000000-9999", "result", Map.of("resultNumber", "XN-1")), 404, "DOSSIER_NOT_FOUND");
        assertProblem(post(Map.of("procedureCode", "CIVIL-BIRTH", "applicantName", "A", "channel", "ASSISTED")),
                400, "ASSISTANT_REQUIRED");
        assertProblem(post(Map.of("procedureCode", "CIVIL-BIRTH", "applicantName", "A", "channel", "DIRECT",
                "citizenId", "12345")), 400, "INVALID_FIELDS");
    }

    @Test
    void theFirstReceiptsOfADayAtTheSameMomentGetDistinctCodes() throws Exception {
        Instant freshDay = LocalDate.of(2090, 1, 1).plusDays(new Random().nextInt(3650))
                .atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        ExecutorService desks = Executors.newFixedThreadPool(8);
        try {
            List<Future<DossierId>> codes = new ArrayList<>();
            for (int desk = 0; desk < 8; desk++) {
                codes.add(desks.submit(() -> dossierCodes.next(freshDay)));
            }
            List<String> handedOut = new ArrayList<>();
            for (Future<DossierId> code : codes) {
                handedOut.add(code.get().value());
            }
            assertThat(handedOut).doesNotHaveDuplicates()
                    .allSatisfy(code -> assertThat(code).matches("THANHOAI-\\d{6}-000[1-8]"));
        } finally {
            desks.shutdownNow();
        }
    }

    @Test
    void officialsActingOnTheSameDossierAtOnceAreSerializedNeverLost() throws Exception {
        String dossierId = receiveDossier("CIVIL-MARITAL-STATUS", "Vũ Minh Châu");
        ExecutorService officials = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseEntity<JsonNode>>> responses = officials.invokeAll(
                    IntStream.range(0, 8).mapToObj(n -> (Callable<ResponseEntity<JsonNode>>)
                            () -> action(dossierId, "assignment", Map.of("official", "can.bo." + n))).toList());
            int accepted = 0;
            for (var response : responses) {
                int status = response.get().getStatusCode().value();
                assertThat(status).isIn(204, 409);
                accepted += status == 204 ? 1 : 0;
            }
            long assignments = types(history(dossierId)).stream().filter("DossierAssignedEvent"::equals).count();
            assertThat(assignments).isEqualTo(accepted).isPositive();
        } finally {
            officials.shutdown();
        }
    }

    @Test
    void thePortalsIntakeIsIdempotentAndItsFeedFollowsEveryStatusChange() throws Exception {
        String portalId = "DVC-" + UUID.randomUUID();
        Map<String, Object> dossier = Map.of("portalDossierId", portalId, "procedureCode", "CIVIL-BIRTH",
                "applicant", Map.of("name", "Lý Thị Hạnh", "village", "Thôn 3"));
        ExecutorService portal = Executors.newFixedThreadPool(5);
        List<Future<ResponseEntity<JsonNode>>> sends;
        try {
            sends = portal.invokeAll(IntStream.range(0, 5).mapToObj(n -> (Callable<ResponseEntity<JsonNode>>)
                    () -> portal(dossier)).toList());
        } finally {
            portal.shutdown();
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> send : sends) {
            statuses.add(send.get().getStatusCode().value());
            codes.add(send.get().getBody().get("dossierId").asText());
        }
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(codes).containsOnly(codes.get(0));
        String dossierId = codes.get(0);
        assertThat(portal(dossier).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(portal(Map.of("portalDossierId", portalId, "procedureCode", "CIVIL-BIRTH",
                "applicant", Map.of("name", "Người khác"))), 409, "PORTAL_ID_REUSED");
        assertProblem(portal(Map.of("portalDossierId", "DVC-x", "procedureCode", "LAND-ALLOCATION-SERVICE",
                "applicant", Map.of("name", "A"))), 400, "PROCEDURE_NOT_ONLINE");

        JsonNode received = awaitFeed(0, dossierId, "RECEIVED");
        assertThat(received.get("portalDossierId").asText()).isEqualTo(portalId);
        action(dossierId, "assignment", Map.of("official", "can.bo.ho.tich"));
        JsonNode assigned = awaitFeed(received.get("position").asLong(), dossierId, "IN_PROGRESS");
        assertThat(assigned.get("position").asLong()).isGreaterThan(received.get("position").asLong());
    }

    private ResponseEntity<JsonNode> portal(Map<String, Object> dossier) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/portal/dossiers", HttpMethod.POST, new HttpEntity<>(dossier, headers), JsonNode.class);
    }

    private JsonNode awaitFeed(long after, String dossierId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode item : http.getForObject("/api/portal/feed?after={a}&limit=1000", JsonNode.class, after)
                    .get("items")) {
                if (item.get("dossierId").asText().equals(dossierId) && item.get("status").asText().equals(status)) {
                    return item;
                }
            }
            return null;
        }, Objects::nonNull);
    }

    @Test
    void aCitizensRatingCountsOnceInTheSatisfactionFigures() {
        String village = "Thôn " + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> receipt = post(Map.of("procedureCode", "CIVIL-BIRTH", "applicantName", "Lê Thu Hà",
                "channel", "DIRECT", "village", village));
        String dossierId = receipt.getBody().get("dossierId").asText();
        assertProblem(action(dossierId, "rating", Map.of("score", 5)), 409, "ACTION_NOT_ALLOWED");
        action(dossierId, "result", Map.of("resultNumber", "KS-77"));
        assertProblem(action(dossierId, "rating", Map.of("score", 0)), 400, "INVALID_FIELDS");
        assertThat(action(dossierId, "rating", Map.of("score", 5, "comment", "Nhanh")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(action(dossierId, "rating", Map.of("score", 1)), 409, "ALREADY_RATED");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&village={v}";
        JsonNode satisfaction = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForObject("/api/statistics?" + period, JsonNode.class, village).get("satisfaction"),
                figures -> figures.get("ratings").asLong() == 1);
        assertThat(satisfaction.get("averageScore").asDouble()).isEqualTo(5.0);
        assertThat(satisfaction.get("indexPoints").asDouble()).isEqualTo(18.0);
        assertThat(http.getForObject("/api/statistics.csv?" + period, String.class, village))
                .contains("ratings,1\n").contains("satisfaction_points,18.0\n");
    }

    @Test
    void aCatalogueReimportRevisesOnlyWhatChangedAndTheProcedureKeepsItsHistory() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String header = "code\tfield\tonline_level\tworking_days\tvillage_confirmation\tname_vi\tname_en"
                + "\trequired_documents\tlegal_source\n";
        String threeDays = header + code + "\tcivil\tOFFLINE\t3\tfalse\tThủ tục thử\tTrial procedure\tĐơn\t\n";
        assertThat(importCatalogue(threeDays).getBody().toString()).isEqualTo("{\"defined\":1,\"revised\":0,\"unchanged\":0}");
        assertThat(importCatalogue(threeDays).getBody().get("unchanged").asInt()).isEqualTo(1);
        assertThat(importCatalogue(threeDays.replace("\t3\t", "\t5\t")).getBody().get("revised").asInt()).isEqualTo(1);

        assertThat(http.getForObject("/api/procedures/{code}", JsonNode.class, code).get("processingWorkingDays")
                .asInt()).isEqualTo(5);
        JsonNode history = http.getForObject("/api/procedures/{code}/history", JsonNode.class, code);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("revision").asInt()).isEqualTo(2);
        assertThat(history.get(1).get("changedFields").toString()).isEqualTo("[\"processingWorkingDays\"]");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("test.official");
        assertThat(history.get(0).get("procedure").get("processingWorkingDays").asInt()).isEqualTo(3);

        ResponseEntity<JsonNode> bad = importCatalogue(header + "TEST-OTHER\tcivil\tOFFLINE\t3\tfalse\tA\tB\t\t\n"
                + code + "\tcivil\tSOMETIMES\t3\tfalse\tA\tB\t\t\n");
        assertProblem(bad, 400, "CATALOGUE_INVALID_LINE");
        assertThat(bad.getBody().get("line").asInt()).isEqualTo(3);
        assertThat(http.getForEntity("/api/procedures/TEST-OTHER", JsonNode.class).getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<JsonNode> importCatalogue(String tsv) {
        return postFiles("/api/procedures/import", List.of(Map.entry("procedures.tsv",
                tsv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void thePortalsAttachmentsAreFetchedFromItsOwnHostsOnlyAndABadOneRefusesTheIntake() throws Exception {
        byte[] scan = TestDocuments.png(SamplePages.renderPage(List.of("Tờ khai đăng ký khai sinh")));
        HttpServer portalHost = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portalHost.createContext("/files/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().endsWith("scan.png") ? scan
                    : "not a scan".getBytes(StandardCharsets.UTF_8);
            int status = exchange.getRequestURI().getPath().endsWith("missing.png") ? 404 : 200;
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        portalHost.start();
        try {
            String base = "http://127.0.0.1:" + portalHost.getAddress().getPort() + "/files/";
            String portalId = "DVC-ATT-" + UUID.randomUUID();
            assertProblem(portal(withAttachment(portalId, "http://localhost:" + portalHost.getAddress().getPort()
                    + "/files/scan.png")), 400, "ATTACHMENT_URL_NOT_ALLOWED");
            assertProblem(portal(withAttachment(portalId, "file:///etc/passwd")), 400, "ATTACHMENT_URL_NOT_ALLOWED");
            assertProblem(portal(withAttachment(portalId, base + "missing.png")), 400, "ATTACHMENT_FETCH_FAILED");
            assertProblem(portal(withAttachment(portalId, base + "notes.txt")), 400, "UNSUPPORTED_MEDIA_TYPE");

            ResponseEntity<JsonNode> first = portal(withAttachment(portalId, base + "scan.png"));
            assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            JsonNode document = first.getBody().get("documents").get(0);
            assertThat(document.get("sha256").asText()).isEqualTo(sha256(scan));
            assertThat(document.get("originalName").asText()).isEqualTo("scan.png");
            ResponseEntity<JsonNode> retry = portal(withAttachment(portalId, base + "scan.png"));
            assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(retry.getBody().get("documents").get(0).get("documentId").asText())
                    .isEqualTo(document.get("documentId").asText());
            assertThat(objectStore.exists(ObjectKey.original(sha256(scan)))).isTrue();
        } finally {
            portalHost.stop(0);
        }
    }

    private static Map<String, Object> withAttachment(String portalId, String url) {
        return Map.of("portalDossierId", portalId, "procedureCode", "CIVIL-BIRTH",
                "applicant", Map.of("name", "Lý Văn Tùng"), "attachments", List.of(Map.of("url", url)));
    }

    @Test
    void aDossierReadBackFromItsSnapshotKeepsItsState() {
        String dossierId = receiveDossier("CIVIL-BIRTH", "Đinh Thị Hoa");
        DossierId id = new DossierId(dossierId);
        for (int document = 1; document <= 60; document++) {
            commands.sendAndWait(new AttachDocumentCommand(id, "doc-" + document, "ab".repeat(32), "p.png"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(dossierId).query(Long.class).single() > 0);

        dossierCache.removeAll();
        commands.sendAndWait(new AttachDocumentCommand(id, "doc-1", "ab".repeat(32), "p.png"));
        assertThat(attachedEvents(dossierId)).as("doc-1 is known from the snapshot: not attached twice").isEqualTo(60);
        assertThat(action(dossierId, "assignment", Map.of("official", "can.bo.snapshot")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        List<String> history = types(history(dossierId));
        assertThat(history).filteredOn("DocumentAttachedEvent"::equals).hasSize(60);
        assertThat(history).contains("DossierReceivedEvent", "DossierAssignedEvent").doesNotContain("Dossier");
    }

    /** Attachments only: a same-day procedure may also raise its "due soon" alarm while the test runs. */
    private long attachedEvents(String aggregateIdentifier) {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?")
                .param(aggregateIdentifier).param("%DocumentAttachedEvent").query(Long.class).single();
    }

    @Test
    void theDossierListIsRebuiltIdenticallyByReplayingTheEvents() {
        String dossierId = receiveDossier("CIVIL-RECORD-CHANGE", "Hoàng Văn Em");
        action(dossierId, "assignment", Map.of("official", "can.bo.phat.lai"));
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor(EventProcessors.SQL_READ_MODELS, StreamingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofMinutes(2)).until(() -> dossierList().contains("can.bo.phat.lai"));
        String before = stableDossierList();

        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(this::dossierList, equalTo(before));
        assertThat(processor.isRunning()).isTrue();
    }

    /** The list once two reads a second apart agree, so no event still in flight changes it afterwards. */
    private String stableDossierList() {
        String[] last = {dossierList()};
        return await().atMost(Duration.ofMinutes(1)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String now = dossierList();
                    boolean stable = now.equals(last[0]);
                    last[0] = now;
                    return stable ? now : null;
                }, Objects::nonNull);
    }

    private String dossierList() {
        return jdbc.sql("SELECT * FROM dossier_summary ORDER BY dossier_id").query().listOfRows().toString();
    }

    private ResponseEntity<JsonNode> action(String dossierId, String step, Map<String, Object> body) {
        HttpHeaders headers = actorHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/dossiers/{id}/" + step, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class, dossierId);
    }

    @Test
    void badInputIsRefusedWithASpecificCodeAndNothingIsKept() throws Exception {
        String dossierId = receiveDossier("CIVIL-DEATH", "Lê Văn Cường");
        long eventsBefore = storedEvents();

        assertProblem(upload(dossierId, List.of(Map.entry("empty.png", new byte[0]))), 400, "EMPTY_FILE");
        byte[] text = "not a scan".getBytes(StandardCharsets.UTF_8);
        assertProblem(upload(dossierId, List.of(Map.entry("scan.png", text))), 400, "UNSUPPORTED_MEDIA_TYPE");
        byte[] good = TestDocuments.png(TestDocuments.page("Trang tốt"));
        assertProblem(upload(dossierId, List.of(Map.entry("good.png", good), Map.entry("bad.png", text))),
                400, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(upload("THANHOAI-000000-9999", List.of(Map.entry("good.png", good))), 404, "DOSSIER_NOT_FOUND");
        assertProblem(post(Map.of("procedureCode", "NO-SUCH-PROCEDURE", "applicantName", "A", "channel", "DIRECT")),
                400, "UNKNOWN_PROCEDURE");
        assertProblem(post(Map.of("procedureCode", "CIVIL-BIRTH", "channel", "DIRECT")), 400, "INVALID_FIELDS");
        assertProblem(post(Map.of("procedureCode", "CIVIL-BIRTH", "applicantName", "A", "channel", "FAX")),
                400, "UNREADABLE_BODY");

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(post(Map.of("procedureCode", "X-1", "applicantName", "A", "channel", "DIRECT")).getBody()
                .get("detail").asText()).isEqualTo("Không có thủ tục hành chính mã X-1.");
        HttpHeaders english = actorHeaders();
        english.setContentType(MediaType.APPLICATION_JSON);
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(http.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(
                Map.of("procedureCode", "X-1", "applicantName", "A", "channel", "DIRECT"), english), JsonNode.class)
                .getBody().get("detail").asText()).isEqualTo("No administrative procedure with code X-1.");
        assertThat(objectStore.exists(ObjectKey.original(sha256(text)))).isFalse();
        assertThat(objectStore.exists(ObjectKey.original(sha256(good)))).isFalse();
    }

    private String receiveDossier(String procedure, String applicant) {
        ResponseEntity<JsonNode> receipt = post(Map.of("procedureCode", procedure, "applicantName", applicant, "channel", "DIRECT"));
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return receipt.getBody().get("dossierId").asText();
    }

    private ResponseEntity<JsonNode> post(Map<String, ?> body) {
        HttpHeaders headers = actorHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(String dossierId, List<Map.Entry<String, byte[]>> files) {
        return postFiles("/api/dossiers/{id}/documents", files, dossierId);
    }

    private ResponseEntity<JsonNode> postFiles(String path, List<Map.Entry<String, byte[]>> files, Object... variables) {
        var form = new LinkedMultiValueMap<String, Object>();
        for (Map.Entry<String, byte[]> file : files) {
            form.add("file", new ByteArrayResource(file.getValue()) {
                @Override
                public String getFilename() {
                    return file.getKey();
                }
            });
        }
        HttpHeaders headers = actorHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class, variables);
    }

    private JsonNode awaitHits(String query) {
        return await().atMost(DIGITIZED_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> http.getForObject("/api/search?q={q}", JsonNode.class, query),
                        result -> result.get("total").asLong() > 0);
    }

    private JsonNode history(String dossierId) {
        return http.getForObject("/api/dossiers/{id}/history", JsonNode.class, dossierId);
    }

    private static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private long storedEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static HttpHeaders actorHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Hoso-Actor", "test.official");
        return headers;
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
