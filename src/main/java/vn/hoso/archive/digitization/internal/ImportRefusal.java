package vn.hoso.archive.digitization.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Why a manifest or one of its rows is not imported: a stable code (the message bundles' {@code problem.<code>})
 * and the values its message names.
 */
class ImportRefusal extends Exception {

    private final String code;
    private final transient Object[] arguments;

    ImportRefusal(String code, Object... arguments) {
        super(code + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", ", " (", ")")));
        this.code = code;
        this.arguments = arguments.clone();
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
