package vn.hoso.archive.dossier;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dossiers in use stay in memory between commands instead of being rebuilt from their events each time. A command
 * that fails (e.g. another node appended first) evicts the dossier, so the next one reads the store again.
 */
@Configuration(proxyBeanMethods = false)
class DossierCacheConfiguration {

    @Bean
    Cache dossierCache() {
        return new WeakReferenceCache();
    }
}
