package vn.hoso.archive.audit;

import java.io.IOException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.TestServers;

/** On the embedded database (H2, no table locks) an anchor also waits for an append still in flight below it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EmbeddedAnchorTest {

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "anchor");
    }

    @Autowired
    ArchiveAnchors anchors;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerification verification;

    @Test
    void anAnchorWaitsForAnAppendStillInFlightBelowIt() throws Exception {
        new AnchorRace(anchors, eventStore, transactions, jdbc, verification).assertAnchorWaitsForAppendInFlight();
    }
}
