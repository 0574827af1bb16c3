package vn.hoso.archive.extraction.internal;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.eventstore.EventProcessors;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    /** The suggestions table is one more SQL read model: it shares their processor and its replays. */
    @Autowired
    void suggestionsAreASqlReadModel(EventProcessingConfigurer processing) {
        processing.assignProcessingGroup(MetadataSuggestionsProjection.PROCESSING_GROUP, EventProcessors.SQL_READ_MODELS);
    }
}
