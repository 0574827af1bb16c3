package vn.hoso.archive.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param samples folder of page images to digitize; when absent or empty the demo renders its own Vietnamese pages
 * @param query   what the demo searches for once the pages are indexed (typed without diacritics on purpose)
 */
@ConfigurationProperties("hoso.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("../shared/corpus/vie") String samples,
        @DefaultValue("ngay") String query,
        @DefaultValue("6") int maxPages) {
}
