package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DossierTest {

    private static final DossierId ID = new DossierId("THANHOAI-251125-0001");
    private static final Instant RECEIVED = Instant.parse("2025-11-25T02:00:00Z");

    private FixtureConfiguration<Dossier> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Dossier.class);
    }

    @Test
    void receivingADossierRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveDossierCommand(ID, "CIVIL-BIRTH", "Nguyễn Hồng Hải", Channel.DIRECT, RECEIVED))
                .expectEvents(new DossierReceivedEvent(ID, "CIVIL-BIRTH", "Nguyễn Hồng Hải", Channel.DIRECT, RECEIVED));
    }

    @Test
    void attachingTheSameDocumentTwiceRecordsItOnce() {
        fixture.given(new DossierReceivedEvent(ID, "CIVIL-BIRTH", "Nguyễn Hồng Hải", Channel.DIRECT, RECEIVED),
                        new DocumentAttachedEvent(ID, "doc-1", "ab".repeat(32), "scan.png"))
                .when(new AttachDocumentCommand(ID, "doc-1", "ab".repeat(32), "scan.png"))
                .expectNoEvents();
    }

    @Test
    void attachingADocumentRecordsTheLink() {
        fixture.given(new DossierReceivedEvent(ID, "CIVIL-BIRTH", "Nguyễn Hồng Hải", Channel.DIRECT, RECEIVED))
                .when(new AttachDocumentCommand(ID, "doc-2", "cd".repeat(32), "scan.pdf"))
                .expectEvents(new DocumentAttachedEvent(ID, "doc-2", "cd".repeat(32), "scan.pdf"));
    }
}
