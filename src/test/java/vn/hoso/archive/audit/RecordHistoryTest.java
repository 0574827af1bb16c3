package vn.hoso.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.AssignDossierCommand;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.CorrectDossierCommand;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.IssueResultCommand;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.dossier.ReceiveSupplementCommand;
import vn.hoso.archive.dossier.RequestSupplementCommand;

/**
 * A dossier's history in order with a sentence per event in both languages, and its state at chosen instants on a
 * dossier with a supplement requested and received and a correction after the result (PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("server")
class RecordHistoryTest {

    private static final DateTimeFormatter OFFICE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerServerStack(registry, "history");
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    RecordHistory history;
    @Autowired
    RecordTimeline timeline;
    @Autowired
    TestRestTemplate http;

    private final DossierId dossierId =
            new DossierId("HISTORY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());

    @Test
    void historyTellsEveryEventInOrderInVietnameseAndEnglish() {
        Instants at = lifecycle();

        List<RecordHistory.Entry> vietnamese =
                history.of(dossierId.value(), RecordHistory.Filter.ALL, Locale.forLanguageTag("vi"));
        assertThat(vietnamese).extracting(RecordHistory.Entry::type).containsExactly("DossierReceivedEvent",
                "DossierAssignedEvent", "SupplementRequestedEvent", "SupplementReceivedEvent", "ResultIssuedEvent",
                "DossierCorrectedEvent");
        assertThat(vietnamese).extracting(RecordHistory.Entry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        RecordHistory.Entry receipt = vietnamese.get(0);
        assertThat(receipt.sentence()).isEqualTo("Cán bộ mot.cua tiếp nhận hồ sơ " + dossierId
                + " (thủ tục LAND-ORIGIN-CONFIRMATION) của Nguyễn Văn An qua kênh trực tuyến; hẹn trả kết quả "
                + OFFICE_TIME.format(((DossierReceivedEvent) receipt.payload()).dueAt()) + ".");
        assertThat(receipt.actor()).isEqualTo("mot.cua");
        assertThat(receipt.role()).isEqualTo("OFFICIAL");
        assertThat(receipt.channel()).isEqualTo("ONLINE");
        assertThat(receipt.correlationId()).isNotBlank();
        assertThat(vietnamese.get(2).sentence())
                .startsWith("Cán bộ mot.cua yêu cầu bổ sung Sơ đồ thửa đất (lý do: thiếu sơ đồ)");
        assertThat(vietnamese.get(5).sentence()).isEqualTo("Cán bộ dia.chinh đính chính applicant.name thành "
                + "\"Nguyễn Văn Ân\" (lý do: sai dấu; kết quả liên quan: 12/QĐ-UBND).");

        List<RecordHistory.Entry> english = history.of(dossierId.value(), RecordHistory.Filter.ALL, Locale.ENGLISH);
        assertThat(english.get(1).sentence())
                .isEqualTo("Official mot.cua assigned the dossier to official dia.chinh (Địa chính).");
        assertThat(english.get(4).sentence()).startsWith("Official dia.chinh issued result number 12/QĐ-UBND at ")
                .endsWith("(on time).");
        assertThat(english.get(0).sentence()).contains("through the online channel");

        RecordHistory.Filter supplementsOnly = new RecordHistory.Filter(
                Set.of("SupplementRequestedEvent", "SupplementReceivedEvent"), null, null);
        assertThat(history.of(dossierId.value(), supplementsOnly, Locale.ENGLISH)).hasSize(2);
        RecordHistory.Filter period = new RecordHistory.Filter(Set.of(), at.afterSupplementRequest, at.afterResult);
        assertThat(history.of(dossierId.value(), period, Locale.ENGLISH))
                .extracting(RecordHistory.Entry::type).containsExactly("SupplementReceivedEvent", "ResultIssuedEvent");
    }

    @Test
    void historyOverHttpAsJsonAndAsLinesAndRefusals() {
        lifecycle();
        ResponseEntity<JsonNode> json = http.getForEntity("/api/dossiers/{id}/history?lang=en&type=ResultIssuedEvent",
                JsonNode.class, dossierId.value());
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).hasSize(1);
        assertThat(json.getBody().get(0).get("sentence").asText()).startsWith("Official dia.chinh issued result");

        HttpHeaders plain = new HttpHeaders();
        plain.setAccept(List.of(MediaType.TEXT_PLAIN));
        ResponseEntity<String> lines = http.exchange("/api/records/{id}/history", HttpMethod.GET,
                new HttpEntity<>(plain), String.class, dossierId.value());
        assertThat(lines.getBody().lines()).hasSize(6);
        assertThat(lines.getBody().lines().findFirst().orElseThrow()).contains(dossierId + " #0", "tiếp nhận hồ sơ");

        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/records/NO-SUCH-RECORD/history", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("code").asText()).isEqualTo("RECORD_NOT_FOUND");
        ResponseEntity<JsonNode> badTime =
                http.getForEntity("/api/dossiers/{id}/as-of?at=yesterday", JsonNode.class, dossierId.value());
        assertThat(badTime.getBody().get("code").asText()).isEqualTo("INVALID_PARAMETER");
        ResponseEntity<JsonNode> backwards = http.getForEntity(
                "/api/dossiers/{id}/diff?from=2025-08-01T00:00:00Z&to=2025-07-01T00:00:00Z", JsonNode.class,
                dossierId.value());
        assertThat(backwards.getBody().get("code").asText()).isEqualTo("INVALID_INTERVAL");
    }

    @Test
    void stateAsOfAnyInstantAndTheDifferenceBetweenTwo() {
        Instants at = lifecycle();

        assertThat(timeline.stateAt(dossierId.value(), at.beforeReceipt).orElseThrow().eventsApplied()).isZero();
        RecordTimeline.State waiting = timeline.stateAt(dossierId.value(), at.afterSupplementRequest).orElseThrow();
        assertThat(waiting.eventsApplied()).isEqualTo(3);
        assertThat(waiting.fields()).containsEntry("status", DossierStatus.AWAITING_SUPPLEMENT)
                .containsEntry("clockStopped", true).containsEntry("applicant.name", "Nguyễn Văn An")
                .doesNotContainKey("resultNumber");
        RecordTimeline.State issued = timeline.stateAt(dossierId.value(), at.afterResult).orElseThrow();
        assertThat(issued.fields()).containsEntry("status", DossierStatus.RESULT_ISSUED)
                .containsEntry("clockStopped", false).containsEntry("resultNumber", "12/QĐ-UBND")
                .containsEntry("applicant.name", "Nguyễn Văn An");
        assertThat(issued.fields().get("dueAt")).isNotEqualTo(waiting.fields().get("dueAt"));
        RecordTimeline.State now = timeline.stateAt(dossierId.value(), Instant.now()).orElseThrow();
        assertThat(now.fields()).containsEntry("applicant.name", "Nguyễn Văn Ân");

        RecordTimeline.Difference difference =
                timeline.between(dossierId.value(), at.afterSupplementRequest, Instant.now()).orElseThrow();
        assertThat(difference.eventsBetween()).isEqualTo(3);
        assertThat(difference.changes()).extracting(RecordTimeline.Change::field).contains("status", "clockStopped",
                "dueAt", "resultNumber", "applicant.name", "supplementedDocuments").doesNotContain("procedureCode");
        assertThat(difference.changes()).filteredOn(change -> change.field().equals("applicant.name"))
                .singleElement().satisfies(change -> {
                    assertThat(change.before()).isEqualTo("Nguyễn Văn An");
                    assertThat(change.after()).isEqualTo("Nguyễn Văn Ân");
                });

        ResponseEntity<JsonNode> asOf = http.getForEntity("/api/dossiers/{id}/as-of?at={at}", JsonNode.class,
                dossierId.value(), at.afterSupplementRequest.toString());
        assertThat(asOf.getBody().get("fields").get("status").asText()).isEqualTo("AWAITING_SUPPLEMENT");
    }

    private record Instants(Instant beforeReceipt, Instant afterSupplementRequest, Instant afterResult) {
    }

    private Instants lifecycle() {
        Instant beforeReceipt = pause();
        send("mot.cua", new ReceiveDossierCommand(dossierId, "LAND-ORIGIN-CONFIRMATION",
                new Applicant("Nguyễn Văn An", "001085012345", "Thôn 1", "Thanh Thùy", "0912345678"), Channel.ONLINE,
                null, List.of("Đơn đề nghị"), 5, Instant.parse("2025-07-01T02:00:00Z")));
        send("mot.cua", new AssignDossierCommand(dossierId, "dia.chinh", "Địa chính"));
        send("mot.cua", new RequestSupplementCommand(dossierId, List.of("Sơ đồ thửa đất"), "thiếu sơ đồ",
                Instant.parse("2025-07-02T02:00:00Z")));
        Instant afterSupplementRequest = pause();
        send("mot.cua", new ReceiveSupplementCommand(dossierId, List.of("Sơ đồ thửa đất"),
                Instant.parse("2025-07-10T02:00:00Z")));
        send("dia.chinh", new IssueResultCommand(dossierId, "12/QĐ-UBND", Instant.parse("2025-07-11T02:00:00Z")));
        Instant afterResult = pause();
        send("dia.chinh", new CorrectDossierCommand(dossierId, "applicant.name", "Nguyễn Văn Ân", "sai dấu"));
        return new Instants(beforeReceipt, afterSupplementRequest, afterResult);
    }

    private void send(String actor, Object command) {
        commands.sendAndWait(command, MetaData.with(Actor.METADATA_KEY, actor));
    }

    private static Instant pause() {
        try {
            Thread.sleep(5);
            Instant instant = Instant.now();
            Thread.sleep(5);
            return instant;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
