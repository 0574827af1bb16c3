package vn.hoso.archive.eventstore;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.access.Actor;

@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /**
     * An event handler that fails is retried (with back-off) instead of the event being logged and skipped, so no
     * projection or pipeline step silently misses an event.
     */
    @Autowired
    void retryFailedEventHandlers(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
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
