package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.hoso.archive.search.SearchProperties;

/**
 * The indices this application owns. Each is a versioned index ({@code hoso-pages-v1}) behind an alias
 * ({@code hoso-pages}) that every read and write goes through, so a mapping change can be a rebuild and an alias switch.
 */
@Component
class SearchIndexes implements InitializingBean {

    static final String PAGES = "pages";
    static final String DOSSIERS = "dossiers";
    private static final String VERSION = "v1";

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    SearchIndexes(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    String alias(String name) {
        return properties.indexPrefix() + "-" + name;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        try {
            client.cluster().health(health -> health.waitForStatus(HealthStatus.Yellow)
                    .timeout(t -> t.time("30s")));
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch is not reachable at " + properties.url()
                    + " (start one with infra/elasticsearch.sh start, or set HOSO_SEARCH_URL)", e);
        }
        ensureIndex(PAGES);
        ensureIndex(DOSSIERS);
    }

    private void ensureIndex(String name) throws IOException {
        String alias = alias(name);
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            return;
        }
        String index = alias + "-" + VERSION;
        try (InputStream mapping = new ClassPathResource("search/" + name + "-" + VERSION + ".json").getInputStream()) {
            client.indices().create(create -> create.index(index).withJson(mapping).aliases(alias, a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
