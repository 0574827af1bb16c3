package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hoso.archive.TestServers;

/** GET /api/search is described in the OpenAPI document the application serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiDocsTest {

    @Autowired
    private TestRestTemplate http;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "docs");
    }

    @Test
    void theSearchEndpointIsDescribedWithItsParameters() {
        JsonNode search = http.getForObject("/v3/api-docs", JsonNode.class).path("paths").path("/api/search").path("get");
        List<String> parameters = new ArrayList<>();
        search.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asText()));
        assertThat(parameters).contains("q", "procedure", "field", "status", "channel", "village", "year", "box", "from",
                "to", "sort", "size", "cursor");
        assertThat(search.path("description").asText()).contains("diacritics");
        assertThat(search.path("responses").path("200").path("content").toString()).contains("SearchResult");
    }
}
