package vn.hoso.archive.access;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person or a system process that acts on records; its name is stored with every event it causes. */
public record Actor(String name) {

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}._@:-]{1,64}");

    public static final String METADATA_KEY = "actor";
    public static final Actor ANONYMOUS = new Actor("anonymous");
    public static final Actor DIGITIZATION = new Actor("system:digitization");

    public Actor {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid actor name: " + name);
        }
    }

    /** The actor named in an event's or command's metadata, {@code unknown} when none was recorded. */
    public static String recordedIn(Map<String, ?> metaData) {
        return Objects.toString(metaData.get(METADATA_KEY), "unknown");
    }
}
