package vn.hoso.archive.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with a stable machine-readable code. The human message is the bundle entry
 * {@code problem.<code>} in the caller's language, filled with {@code arguments}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public static ApiProblem badRequest(String code, Object... arguments) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, arguments);
    }

    public static ApiProblem notFound(String code, Object... arguments) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static ApiProblem conflict(String code, Object... arguments) {
        return new ApiProblem(HttpStatus.CONFLICT, code, arguments);
    }

    /** Adds a machine-readable member to the problem document, e.g. the actions allowed now. */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
