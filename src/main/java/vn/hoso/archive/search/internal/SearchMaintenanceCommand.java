package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./hoso reindex} when no server is running: {@code hoso.search.maintenance=rebuild} rebuilds the indices
 * with progress on the console, {@code check} prints the drift check; then the application exits (1 on failure or drift).
 */
@Component
@ConditionalOnProperty(name = "hoso.search.maintenance")
class SearchMaintenanceCommand implements ApplicationRunner {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);

    private final SearchRebuild rebuild;
    private final SearchDrift drift;
    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final ConfigurableApplicationContext context;
    private final String task;

    SearchMaintenanceCommand(SearchRebuild rebuild, SearchDrift drift, ElasticsearchClient client, SearchIndexes indexes,
                             ConfigurableApplicationContext context,
                             @Value("${hoso.search.maintenance}") String task) {
        this.rebuild = rebuild;
        this.drift = drift;
        this.client = client;
        this.indexes = indexes;
        this.context = context;
        this.task = task;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        boolean succeeded = switch (task) {
            case "rebuild" -> rebuild();
            case "check" -> check();
            default -> throw new IllegalArgumentException("hoso.search.maintenance is rebuild or check, not " + task);
        };
        System.exit(SpringApplication.exit(context, () -> succeeded ? 0 : 1));
    }

    private boolean rebuild() throws InterruptedException, IOException {
        SearchRebuild.Progress progress = rebuild.start();
        while (progress.state() == SearchRebuild.State.RUNNING) {
            Thread.sleep(REPORT_EVERY.toMillis());
            progress = rebuild.progress();
            System.out.printf("rebuild: %,d / %,d events (%.0f %%) into %s%n", progress.replayedPosition(),
                    progress.headPosition(), 100.0 * progress.replayedPosition() / Math.max(1, progress.headPosition()),
                    progress.buildingIndex() == null ? progress.readIndex() : progress.buildingIndex());
        }
        if (progress.state() == SearchRebuild.State.FAILED) {
            System.out.println("rebuild failed: " + progress.failure());
            return false;
        }
        double seconds = Duration.between(progress.startedAt(), progress.finishedAt()).toMillis() / 1000.0;
        long pages = client.count(count -> count.index(indexes.alias(SearchIndexes.PAGES))).count();
        System.out.printf("rebuilt %,d pages in %.1f s; searches now read %s%nrebuild_pages=%d rebuild_s=%.1f "
                + "rebuild_pages_per_s=%.0f%n", pages, seconds, progress.readIndex(), pages, seconds, pages / seconds);
        return true;
    }

    private boolean check() {
        SearchDrift.Report report = drift.check();
        System.out.printf("dossiers: %,d in the event store, %,d indexed%npages: %,d in the event store, %,d indexed%n"
                        + "checksum: %s event store, %s index%n", report.sourceDossiers(), report.indexedDossiers(),
                report.sourcePages(), report.indexedPages(), report.sourceChecksum(), report.indexChecksum());
        report.missing().forEach(key -> System.out.println("missing from the index: " + key));
        report.unexpected().forEach(key -> System.out.println("in the index, not in the event store: " + key));
        report.differing().forEach(key -> System.out.println("differs from the event store: " + key));
        System.out.println(report.inSync() ? "in sync" : "DRIFT");
        return report.inSync();
    }
}
