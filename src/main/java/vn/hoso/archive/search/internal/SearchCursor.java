package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.search.SearchRequest;

/**
 * Where the next page of results starts: the point in time the first page opened (so pages stay stable while
 * indexing goes on), the sort, and the last hit's sort values. Opaque to callers: base64url of a small JSON object.
 */
record SearchCursor(String pointInTime, SearchRequest.Sort sort, List<Object> after) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SearchCursor decode(String cursor) {
        try {
            SearchCursor decoded = JSON.readValue(Base64.getUrlDecoder().decode(cursor), SearchCursor.class);
            if (decoded.pointInTime() == null || decoded.sort() == null || decoded.after() == null) {
                throw ApiProblem.badRequest("INVALID_CURSOR");
            }
            return decoded;
        } catch (IllegalArgumentException | IOException e) {
            throw ApiProblem.badRequest("INVALID_CURSOR");
        }
    }

    String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsString(this)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<FieldValue> searchAfter() {
        return after.stream().map(SearchCursor::fieldValue).toList();
    }

    static List<Object> valuesOf(List<FieldValue> sortValues) {
        return sortValues.stream().map(FieldValue::_get).toList();
    }

    private static FieldValue fieldValue(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return FieldValue.of(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return FieldValue.of(number.doubleValue());
        }
        if (value instanceof String text) {
            return FieldValue.of(text);
        }
        throw ApiProblem.badRequest("INVALID_CURSOR");
    }
}
