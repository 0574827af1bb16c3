package vn.hoso.archive.eventstore;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hoso.archive.access.Actor;

@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** Streams whose last chain link is kept in memory: a few hundred bytes each. */
    private static final int CHAIN_HEADS_KEPT = 10_000;
    /** How long event processors may see an event later than it was stored, so that one fetch brings many. */
    private static final Duration TAIL_READ_INTERVAL = Duration.ofMillis(20);

    /**
     * Axon's JDBC storage engine on the tables of Axon's JPA schema (the V1 migrations, snake_case names). It appends
     * and reads with plain statements: the JPA engine spent most of its time building Hibernate queries (the tracking
     * query's list of gaps changes every time) and flushing entities. Global indexes come from the column's default
     * (see the V14 migrations). Every append is chained in its own transaction
     * ({@link ChainingEventStorageEngine}), without reading back what it wrote. Reads at the tail of the store are
     * paced ({@link TailPacedStorage}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connections, TransactionManager transactionManager,
                                          org.axonframework.config.Configuration configuration, DataSource dataSource) {
        return new ChainingEventStorageEngine(jdbcStorage(serializer, eventSerializer, persistenceExceptionResolver,
                connections, transactionManager, configuration), eventSerializer, transactionManager,
                new JdbcTemplate(dataSource), new ChainHeads(CHAIN_HEADS_KEPT));
    }

    static EventStorageEngine jdbcStorage(Serializer serializer, Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connections, TransactionManager transactionManager,
                                          org.axonframework.config.Configuration configuration) {
        return new TailPacedStorage(JdbcEventStorageEngine.builder()
                .schema(snakeCaseSchema())
                .dataType(byte[].class)
                .connectionProvider(connections)
                .transactionManager(transactionManager)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter()), TAIL_READ_INTERVAL);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolations();
    }

    @Bean
    NodeName nodeName(@Value("${hoso.node-name:}") String configured) {
        return NodeName.of(configured);
    }

    /**
     * Where each event processor has got to, in the same table and format the JPA token store used; segments are
     * claimed under this node's name.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, NodeName nodeName) {
        return JdbcTokenStore.builder()
                .nodeId(nodeName.value())
                .connectionProvider(connections)
                .serializer(serializer)
                .contentType(byte[].class)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    private static EventSchema snakeCaseSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * An event handler that fails is retried (with back-off) instead of the event being logged and skipped, so no
     * projection or pipeline step silently misses an event.
     */
    @Autowired
    void retryFailedEventHandlers(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * The SQL read models share one event processor: each event is read and deserialized
     * once for all of them, and each batch is one transaction with one token update. Replaying that processor
     * rebuilds them all (each read model's reset handler clears its own table or skips what it already holds).
     */
    @Autowired
    void sqlReadModelsShareOneProcessor(EventProcessingConfigurer processing) {
        processing.assignProcessingGroup("dossier-list", EventProcessors.SQL_READ_MODELS);
        processing.assignProcessingGroup("portal-feed", EventProcessors.SQL_READ_MODELS);
    }

    /** Named on aggregates as their {@code commandTargetResolver}. */
    @Bean
    CommandTargetResolver commandTargets() {
        return new CommandTargets();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider(Actor.METADATA_KEY);
    }
}
