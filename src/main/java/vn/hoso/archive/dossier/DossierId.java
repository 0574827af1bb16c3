package vn.hoso.archive.dossier;

/** A dossier's identity: the code printed on the citizen's receipt, e.g. {@code THANHOAI-251125-0001}. */
public record DossierId(String value) {

    public DossierId {
        if (value == null || !value.matches("[A-Z0-9][A-Z0-9-]{2,63}")) {
            throw new IllegalArgumentException("Not a dossier code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
