package vn.hoso.archive.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with a stable machine-readable code. The human message is the bundle entry
 * {@code problem.<code>} in the caller's language, filled with {@code arguments}.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;

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

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
