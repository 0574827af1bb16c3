package vn.hoso.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.AssignDossierCommand;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.ForwardToVillageCommand;
import vn.hoso.archive.dossier.ReceiveDossierCommand;
import vn.hoso.archive.dossier.RecordVillageReplyCommand;
import vn.hoso.archive.eventstore.EventChain;
import vn.hoso.archive.eventstore.StoredEvent;

/**
 * Every append is chained in its own transaction, and each kind of tampering done directly in PostgreSQL is found
 * and located: an edited payload, a deleted row, reordered rows, a row inserted by hand, an edited chain link, and
 * an edit whose chain was rewritten to match (caught by the anchor). Each test tampers with its own dossier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("server")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperEvidenceTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerServerStack(registry, "tamper");
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ChainVerification verification;
    @Autowired
    ArchiveAnchors anchors;
    @Autowired
    TestRestTemplate http;

    @Test
    @Order(1)
    void anchorCatchesAnEditWhoseChainWasRewrittenToMatch() {
        String record = dossier();
        ArchiveAnchoredEvent anchor = anchors.anchor();
        assertThat(anchor.upToGlobalIndex()).isEqualTo(globalIndex(record, 3));
        assertThat(verification.verify().anchor().matches()).isTrue();
        assertThat(verification.verify().intact()).isTrue();

        editPayload(record, 3);
        StoredEvent edited = jdbc.queryForObject("select " + StoredEvent.COLUMNS + " from domain_event_entry e"
                + " where aggregate_identifier = ? and sequence_number = 3", (row, n) -> StoredEvent.read(row), record);
        byte[] previous = jdbc.queryForObject("select hash from event_chain where aggregate_identifier = ?"
                + " and sequence_number = 2", byte[].class, record);
        jdbc.update("update event_chain set hash = ? where global_index = ?", EventChain.hash(previous, edited),
                edited.globalIndex());

        ChainVerification.Report report = verification.verify();
        assertThat(findingsFor(report, record)).isEmpty();
        assertThat(report.anchor().matches()).isFalse();
        assertThat(report.intact()).isFalse();
    }

    @Test
    @Order(2)
    void anAnchorWaitsForAnAppendStillInFlightBelowIt() throws Exception {
        new AnchorRace(anchors, eventStore, transactions, jdbc, verification).assertAnchorWaitsForAppendInFlight();
    }

    @Test
    void appendsAreChainedAndAStoreLeftAloneIsIntact() {
        String record = dossier();
        assertThat(jdbc.queryForObject("select count(*) from event_chain where aggregate_identifier = ?", Integer.class,
                record)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from event_chain where aggregate_identifier = ?"
                + " and sequence_number > 0 and previous_hash is null", Integer.class, record)).isZero();
        assertThat(findingsFor(verification.verify(), record)).isEmpty();
        String text = http.getForObject("/api/verification", String.class);
        assertThat(text).isNotBlank();
    }

    @Test
    void aRolledBackAppendLeavesNeitherRowNorLink() {
        String rolledBack = "PROBE-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            eventStore.publish(new GenericDomainEventMessage<>("Probe", rolledBack, 0, new AnchorRace.ProbeEvent("undone")));
            status.setRollbackOnly();
        });
        assertThat(rows("domain_event_entry", rolledBack)).isZero();
        assertThat(rows("event_chain", rolledBack)).isZero();

        String committed = "PROBE-" + UUID.randomUUID();
        transactions.executeWithoutResult(status ->
                eventStore.publish(new GenericDomainEventMessage<>("Probe", committed, 0, new AnchorRace.ProbeEvent("kept"))));
        assertThat(rows("domain_event_entry", committed)).isOne();
        assertThat(rows("event_chain", committed)).isOne();
    }

    @Test
    void anEditedPayloadIsFoundAtItsEvent() {
        String record = dossier();
        editPayload(record, 1);
        assertOnlyFinding(record, ChainBreak.EVENT_ALTERED, 1);
    }

    @Test
    void aDeletedRowIsFoundAtItsEvent() {
        String record = dossier();
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", record);
        assertOnlyFinding(record, ChainBreak.EVENT_DELETED, 2);
    }

    @Test
    void reorderedRowsAreFoundAtBothEvents() {
        String record = dossier();
        String renumber = "update domain_event_entry set sequence_number = ?"
                + " where aggregate_identifier = ? and sequence_number = ?";
        jdbc.update(renumber, -1, record, 1);
        jdbc.update(renumber, 1, record, 2);
        jdbc.update(renumber, 2, record, -1);
        List<ChainVerification.Finding> findings = findingsFor(verification.verify(), record);
        assertThat(findings).extracting(ChainVerification.Finding::kind)
                .containsExactly(ChainBreak.EVENTS_REORDERED, ChainBreak.EVENTS_REORDERED);
        assertThat(findings).extracting(ChainVerification.Finding::globalIndex)
                .containsExactly(globalIndex(record, 1), globalIndex(record, 2));
        assertThat(findings).extracting(ChainVerification.Finding::sequenceNumber).containsExactly(2L, 1L);
    }

    @Test
    void aRowInsertedByHandIsFoundAsUnlinked() {
        String record = dossier();
        jdbc.update("insert into domain_event_entry (aggregate_identifier, sequence_number, event_identifier, type,"
                + " payload_type, payload_revision, time_stamp, payload, meta_data)"
                + " select aggregate_identifier, 4, ?, type, 'vn.hoso.archive.dossier.DossierRejectedEvent', null,"
                + " time_stamp,"
                + " convert_to('{\"dossierId\":\"' || aggregate_identifier || '\",\"reason\":\"x\"}', 'UTF8'),"
                + " meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = 3",
                UUID.randomUUID().toString(), record);
        assertOnlyFinding(record, ChainBreak.EVENT_WITHOUT_LINK, 4);
    }

    @Test
    void anEditedChainLinkIsFoundAtItsEvent() {
        String record = dossier();
        jdbc.update("update event_chain set hash = sha256(hash) where aggregate_identifier = ? and sequence_number = 1",
                record);
        assertOnlyFinding(record, ChainBreak.LINK_ALTERED, 1);
    }

    @Test
    void rowsDeletedWithTheirLinksAreFoundAsMissing() {
        String record = dossier();
        jdbc.update("delete from event_chain where aggregate_identifier = ? and sequence_number = 1", record);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", record);
        assertOnlyFinding(record, ChainBreak.EVENTS_MISSING, 2);

        ChainVerification.Finding finding = findingsFor(verification.verify(), record).get(0);
        assertThat(finding.detailCode()).isEqualTo("SEQUENCE_NUMBERS_GONE");
        assertThat(finding.detail()).isEqualTo("các số thứ tự từ 1 đến 1 đã mất cùng mắt xích của chúng");
        String located = "EVENTS_MISSING " + record + " #2 (";
        assertThat(verificationText("vi")).startsWith("BROKEN\n").contains(located + "chỉ số toàn cục "
                + globalIndexOf(record, 2) + "): các số thứ tự từ 1 đến 1 đã mất cùng mắt xích của chúng\n");
        assertThat(verificationText("en")).contains(located + "global index " + globalIndexOf(record, 2)
                + "): sequence numbers 1 to 1 are gone with their links\n").containsPattern("(?m)^intact=false ");
    }

    private String verificationText(String language) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, language);
        headers.setAccept(List.of(org.springframework.http.MediaType.TEXT_PLAIN));
        return http.exchange("/api/verification", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers), String.class).getBody();
    }

    private void assertOnlyFinding(String record, ChainBreak kind, long sequence) {
        List<ChainVerification.Finding> findings = findingsFor(verification.verify(), record);
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(kind);
            assertThat(finding.sequenceNumber()).isEqualTo(sequence);
            assertThat(finding.globalIndex()).isEqualTo(globalIndexOf(record, sequence));
        });
        String text = http.getForObject("/api/verification", String.class);
        assertThat(text).contains(kind + " " + record + " #" + sequence);
    }

    /** The global index of the event, or of its chain link when its row is gone. */
    private long globalIndexOf(String record, long sequence) {
        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?"
                + " union select global_index from event_chain where aggregate_identifier = ? and sequence_number = ?"
                + " and global_index not in (select global_index from domain_event_entry)",
                Long.class, record, sequence, record, sequence);
        return indexes.get(0);
    }

    private long globalIndex(String record, long sequence) {
        return jdbc.queryForObject("select global_index from event_chain where aggregate_identifier = ?"
                + " and sequence_number = ?", Long.class, record, sequence);
    }

    private void editPayload(String record, long sequence) {
        jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'dia.chinh', 'ke.toan'), 'UTF8') || convert_to(' ', 'UTF8')"
                + " where aggregate_identifier = ? and sequence_number = ?", record, sequence);
    }

    private int rows(String table, String record) {
        return jdbc.queryForObject("select count(*) from " + table + " where aggregate_identifier = ?", Integer.class,
                record);
    }

    private static List<ChainVerification.Finding> findingsFor(ChainVerification.Report report, String record) {
        return report.findings().stream().filter(finding -> finding.record().equals(record)).toList();
    }

    /** A dossier of four events (sequence numbers 0 to 3), returned by its code. */
    private String dossier() {
        DossierId dossierId = new DossierId("TAMPER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        send(new ReceiveDossierCommand(dossierId, "LAND-ORIGIN-CONFIRMATION",
                new Applicant("Lê Thị Hoa", "001085054321", "Thôn 2", "Thanh Thùy", "0912000111"), Channel.DIRECT,
                null, List.of("Đơn"), 5, Instant.parse("2025-08-04T02:00:00Z")));
        send(new AssignDossierCommand(dossierId, "dia.chinh", "Địa chính"));
        send(new ForwardToVillageCommand(dossierId, "Thôn 2", "xác nhận nguồn gốc đất"));
        send(new RecordVillageReplyCommand(dossierId, true, "đúng"));
        return dossierId.value();
    }

    private void send(Object command) {
        commands.sendAndWait(command, MetaData.with(Actor.METADATA_KEY, "can.bo"));
    }
}
