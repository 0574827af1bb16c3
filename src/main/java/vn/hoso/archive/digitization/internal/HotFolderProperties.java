package vn.hoso.archive.digitization.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hot folder ({@link HotFolder}).
 *
 * @param path         the folder watched; none by default (no hot folder)
 * @param pollInterval time between two looks at the folder; a file is taken once two looks in a row saw the same
 *                     size and modification time
 * @param actor        the name recorded on what the hot folder takes in
 */
@ConfigurationProperties("hoso.digitization.hot-folder")
record HotFolderProperties(
        Path path,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("system:hot-folder") String actor) {
}
