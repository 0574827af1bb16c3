package vn.hoso.archive.extraction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataSuggestion;
import vn.hoso.archive.extraction.MetadataSuggestions;
import vn.hoso.archive.extraction.SuggestionStatus;

/** {@link MetadataSuggestions} from the read model the {@link MetadataSuggestionsProjection} keeps. */
@Component
class JdbcMetadataSuggestions implements MetadataSuggestions {

    private static final String COLUMNS = """
            SELECT document_id, dossier_id, suggestion_id, kind, COALESCE(confirmed_value, suggested_value),
                suggested_value, page_number, start_offset, end_offset, snippet, extractor, status, decided_by,
                decided_at FROM metadata_suggestion""";

    private final JdbcClient jdbc;

    JdbcMetadataSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<List<MetadataSuggestion>> forDocument(String documentId) {
        boolean registered = jdbc.sql("SELECT COUNT(*) FROM metadata_document WHERE document_id = ?")
                .param(documentId).query(Integer.class).single() > 0;
        if (!registered) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql(COLUMNS + " WHERE document_id = ? ORDER BY page_number, start_offset, suggestion_id")
                .param(documentId).query(JdbcMetadataSuggestions::suggestion).list());
    }

    private static MetadataSuggestion suggestion(ResultSet row, int number) throws SQLException {
        Timestamp decidedAt = row.getTimestamp(14);
        return new MetadataSuggestion(row.getString(1), row.getString(2), row.getInt(3),
                MetadataKind.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getInt(7),
                row.getInt(8), row.getInt(9), row.getString(10), row.getString(11),
                SuggestionStatus.valueOf(row.getString(12)), row.getString(13),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
