package vn.hoso.archive.eventstore;

import java.lang.management.ManagementFactory;

/**
 * This application instance among the nodes that share one database: the owner of its event processors' tokens and
 * the holder of the batch leases it takes. {@code hoso.node-name}, by default the JVM's {@code pid@host}.
 */
public record NodeName(String value) {

    static NodeName of(String configured) {
        return new NodeName(configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() : configured);
    }

    @Override
    public String toString() {
        return value;
    }
}
