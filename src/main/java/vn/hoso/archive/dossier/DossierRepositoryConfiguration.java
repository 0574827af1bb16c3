package vn.hoso.archive.dossier;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How dossiers are loaded. Dossiers in use stay in memory between commands instead of being rebuilt from their
 * events each time; a command that fails (e.g. another node appended first) evicts the dossier, so the next one
 * reads the store again. A dossier read from the store starts from its latest snapshot, taken every
 * {@value #EVENTS_PER_SNAPSHOT} events.
 */
@Configuration(proxyBeanMethods = false)
class DossierRepositoryConfiguration {

    static final int EVENTS_PER_SNAPSHOT = 50;

    @Bean
    Cache dossierCache() {
        return new WeakReferenceCache();
    }

    @Bean
    SnapshotTriggerDefinition dossierSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_PER_SNAPSHOT);
    }
}
