package vn.hoso.archive.search;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Elasticsearch cluster to index into and search.
 *
 * @param indexPrefix prefix of every index and alias this application owns, so several installations (or test runs) can share a cluster
 */
@Validated
@ConfigurationProperties("hoso.search")
public record SearchProperties(
        @NotBlank @DefaultValue("http://127.0.0.1:9200") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @NotBlank @DefaultValue("hoso") String indexPrefix) {
}
