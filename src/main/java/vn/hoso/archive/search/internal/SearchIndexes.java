package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.hoso.archive.search.SearchProperties;

/**
 * The indices this application owns. Each generation of them is a set of versioned indices
 * ({@code hoso-pages-v3-<created>}) behind two aliases: the read alias ({@code hoso-pages}) that searches use, and the
 * write alias ({@code hoso-pages-write}) the indexer writes through. Normally both name the same index; during a
 * rebuild the write alias names the new generation while searches still read the old one, until the switch.
 * A generation whose mapping version is older than {@link #VERSION} is rebuilt at start-up.
 */
@Component
class SearchIndexes implements InitializingBean {

    static final String PAGES = "pages";
    static final String DOSSIERS = "dossiers";
    static final String DOCUMENTS = "documents";
    static final List<String> NAMES = List.of(PAGES, DOSSIERS, DOCUMENTS);
    static final String VERSION = "v3";

    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private boolean rebuildNeeded;

    SearchIndexes(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** A set of indices created together, one per name: {@code <prefix>-<name>-<version>-<created>}. */
    record Generation(String suffix) {

        String index(String alias) {
            return alias + "-" + suffix;
        }
    }

    String alias(String name) {
        return properties.indexPrefix() + "-" + name;
    }

    String writeAlias(String name) {
        return alias(name) + "-write";
    }

    /** Whether the indices are of an older mapping, or a rebuild was cut off: start-up then rebuilds them. */
    boolean rebuildNeeded() {
        return rebuildNeeded;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        try {
            client.cluster().health(health -> health.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch is not reachable at " + properties.url()
                    + " (start one with infra/elasticsearch.sh start, or set HOSO_SEARCH_URL)", e);
        }
        Optional<String> read = target(alias(PAGES));
        Optional<String> write = target(writeAlias(PAGES));
        if (read.isEmpty()) {
            Generation first = createGeneration();
            pointWritesAt(first);
            pointReadsAt(first);
            return;
        }
        rebuildNeeded = !read.equals(write) || !read.get().startsWith(alias(PAGES) + "-" + VERSION + "-");
        if (write.isEmpty()) {
            pointWritesAt(createGeneration());
        }
    }

    /** New, empty indices of the current mapping, not yet behind any alias; indexing into them is not refreshed. */
    Generation createGeneration() {
        Generation generation = new Generation(VERSION + "-" + System.currentTimeMillis());
        for (String name : NAMES) {
            try (InputStream mapping = new ClassPathResource("search/" + name + "-" + VERSION + ".json").getInputStream()) {
                client.indices().create(create -> create.index(generation.index(alias(name))).withJson(mapping)
                        .settings(settings -> settings.refreshInterval(interval -> interval.time("-1"))));
            } catch (IOException e) {
                throw new UncheckedIOException("Creating index " + generation.index(alias(name)) + " failed", e);
            }
        }
        return generation;
    }

    void pointWritesAt(Generation generation) {
        moveAliases(generation, this::writeAlias);
    }

    /** Makes searches read the generation (refreshed, refreshing every second from now on). */
    void pointReadsAt(Generation generation) {
        try {
            for (String name : NAMES) {
                String index = generation.index(alias(name));
                client.indices().putSettings(put -> put.index(index).settings(s -> s.refreshInterval(i -> i.time("1s"))));
                client.indices().refresh(refresh -> refresh.index(index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Refreshing the new indices failed", e);
        }
        moveAliases(generation, this::alias);
    }

    /**
     * Deletes every generation but the one searches read (and so any half-built one); one that a retirement deletes
     * meanwhile is no error.
     */
    void deleteUnread() {
        try {
            for (String name : NAMES) {
                String read = target(alias(name)).orElse("");
                List<String> unread = new ArrayList<>(client.indices().get(get -> get.index(alias(name) + "-v*")).indices()
                        .keySet());
                unread.remove(read);
                if (!unread.isEmpty()) {
                    client.indices().delete(delete -> delete.index(unread).ignoreUnavailable(true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting old indices failed", e);
        }
    }

    /** The generation searches read now. */
    Optional<Generation> readGeneration() {
        String prefix = alias(PAGES) + "-";
        return target(alias(PAGES)).map(index -> new Generation(index.substring(prefix.length())));
    }

    void delete(Generation generation) {
        try {
            client.indices().delete(delete -> delete.index(NAMES.stream().map(name -> generation.index(alias(name))).toList())
                    .ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException("Deleting the indices of generation " + generation.suffix() + " failed", e);
        }
    }

    /** The index an alias names, if it exists. */
    Optional<String> target(String alias) {
        try {
            if (!client.indices().existsAlias(exists -> exists.name(alias)).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(get -> get.name(alias)).aliases().keySet().stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading alias " + alias + " failed", e);
        }
    }

    private void moveAliases(Generation generation, UnaryOperator<String> aliasOf) {
        List<Action> actions = new ArrayList<>();
        for (String name : NAMES) {
            String alias = aliasOf.apply(name);
            target(alias).ifPresent(old -> actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias)))));
            actions.add(Action.of(a -> a.add(add -> add.index(generation.index(alias(name))).alias(alias))));
        }
        try {
            client.indices().updateAliases(update -> update.actions(actions));
        } catch (IOException e) {
            throw new UncheckedIOException("Moving aliases failed", e);
        }
    }
}
