package vn.hoso.archive.digitization.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Command-line tools run without Spring Boot's logging set-up, where Logback would print every library's DEBUG. */
final class CommandLineLogging {

    private CommandLineLogging() {
    }

    static void warningsOnly() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}
