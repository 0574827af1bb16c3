package vn.hoso.archive.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A dossier's identity: the code printed on the citizen's receipt, e.g. {@code THANHOAI-251125-0001}. */
public record DossierId(@JsonValue String value) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,63}");

    /** Serialized as the bare code, so a deadline's scope (whose identifier Jackson reads back untyped) loads this dossier. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DossierId {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a dossier code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
