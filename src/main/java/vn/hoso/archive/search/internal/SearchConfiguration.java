package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.ProcedureCatalogue;
import vn.hoso.archive.search.SearchProperties;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Index events in the order they were stored: a page is indexed after its dossier. */
    @Autowired
    void configureIndexing(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(SearchIndexer.PROCESSING_GROUP, configuration -> new SequentialPolicy());
    }

    @Bean
    ProcedureFields procedureFields(ProcedureCatalogue catalogue) {
        return code -> catalogue.find(code).map(Procedure::field).orElse(ProcedureFields.UNKNOWN);
    }

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(SearchProperties properties, ObjectMapper objectMapper) {
        return ElasticsearchClient.of(config -> {
            config.host(properties.url()).jsonMapper(new JacksonJsonpMapper(objectMapper.copy()));
            if (!properties.username().isEmpty()) {
                config.usernameAndPassword(properties.username(), properties.password());
            }
            return config;
        });
    }
}
