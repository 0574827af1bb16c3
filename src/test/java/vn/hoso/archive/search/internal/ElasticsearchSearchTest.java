package vn.hoso.archive.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.DossierId;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.search.DossierSearch;
import vn.hoso.archive.search.SearchProperties;

/** The indexing projection and the search adapter against a real Elasticsearch server. */
class ElasticsearchSearchTest {

    private static final DossierId DOSSIER = new DossierId("THANHOAI-251125-0042");
    private static ElasticsearchClient client;
    private static SearchIndexes indexes;
    private static DossierSearch search;

    @BeforeAll
    static void indexOneDossierWithAPage() throws IOException {
        SearchProperties properties = new SearchProperties(TestServers.searchUrl(), "", "",
                "test-" + UUID.randomUUID().toString().substring(0, 8));
        client = new SearchConfiguration().elasticsearchClient(properties, new ObjectMapper().findAndRegisterModules());
        indexes = new SearchIndexes(client, properties);
        indexes.afterPropertiesSet();
        SearchIndexer indexer = new SearchIndexer(client, indexes);
        Instant receivedAt = Instant.parse("2025-07-01T01:00:00Z");
        indexer.on(new DossierReceivedEvent(DOSSIER, "LAND-FIRST-CERT",
                new Applicant("Nguyễn Hồng Hải", null, null, "Thanh Thùy", null), Channel.ONLINE, null, List.of(), 30,
                receivedAt, receivedAt, false));
        PageTextRecognizedEvent page = new PageTextRecognizedEvent("doc-1", DOSSIER.value(), 1, 2,
                "Giấy chứng nhận quyền sử dụng đất, thửa đất số 125, cấp ngày 12 tháng 3 năm 2009. Ghi chú: <b>bản gốc</b>.",
                PageTextRecognizedEvent.TextSource.OCR,
                new PageTextRecognizedEvent.Measures(88.0, 16, 0.9, 0.8, 0, 0, 900, false),
                new PageTextRecognizedEvent.Provenance("tesseract", "5.3.0", "vie+eng", Map.of(), "psm=3"), List.of(),
                null);
        indexer.on(page);
        indexer.on(page);
        client.indices().refresh(refresh -> refresh.index(indexes.alias(SearchIndexes.PAGES)));
        search = new ElasticsearchDossierSearch(client, indexes);
    }

    @AfterAll
    static void dropIndices() throws IOException {
        client.indices().delete(delete -> delete.index(indexes.alias(SearchIndexes.PAGES) + "-v1",
                indexes.alias(SearchIndexes.DOSSIERS) + "-v1"));
        client.close();
    }

    @Test
    void findsAWordTypedWithoutDiacritics() {
        DossierSearch.SearchResult result = search.search("dat", 10);
        assertThat(result.total()).isEqualTo(1);
        DossierSearch.PageHit hit = result.hits().get(0);
        assertThat(hit.dossierId()).isEqualTo(DOSSIER.value());
        assertThat(hit.pageNumber()).isEqualTo(2);
        assertThat(hit.snippet()).contains("<em>đất</em>");
    }

    @Test
    void findsAWordTypedWithDiacritics() {
        assertThat(search.search("Đất", 10).total()).isEqualTo(1);
        assertThat(search.search("ngày", 10).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("<em>ngày</em>"));
    }

    @Test
    void findsTheApplicantByNameWithoutDiacritics() {
        assertThat(search.search("nguyen hong hai", 10).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.applicantName()).isEqualTo("Nguyễn Hồng Hải"));
    }

    @Test
    void allWordsMustMatch() {
        assertThat(search.search("dat 999", 10).total()).isZero();
    }

    @Test
    void queryTextIsNeverInterpretedAsQuerySyntax() {
        assertThat(search.search("dat OR *:* AND {\"script\":1}", 10).total()).isZero();
        assertThat(search.search("\" ( ] \\", 10).total()).isZero();
    }

    @Test
    void snippetsAreHtmlEscaped() {
        assertThat(search.search("ban goc", 10).hits().get(0).snippet())
                .contains("&lt;b&gt;<em>bản</em> <em>gốc</em>&lt;/b&gt;");
    }
}
