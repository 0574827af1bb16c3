package vn.hoso.archive.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time of this JVM's live threads, summed by what they work for: an event processor (its coordinator and work
 * packages, by the processor's name in the thread's name), the embedded event store's producer, the Elasticsearch
 * client, the benchmark's clients, everything else. A thread that ended between two readings loses its share.
 */
final class ThreadGroupsCpu {

    private static final Pattern PROCESSOR = Pattern.compile("\\[([^]]+)]");

    private final Map<Long, Long> nanosByThread;
    private final Map<Long, String> groupByThread;

    private ThreadGroupsCpu(Map<Long, Long> nanosByThread, Map<Long, String> groupByThread) {
        this.nanosByThread = nanosByThread;
        this.groupByThread = groupByThread;
    }

    static ThreadGroupsCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> groups = new HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null) {
                nanos.put(thread.getThreadId(), threads.getThreadCpuTime(thread.getThreadId()));
                groups.put(thread.getThreadId(), group(thread.getThreadName()));
            }
        }
        return new ThreadGroupsCpu(nanos, groups);
    }

    /** Microseconds of CPU per group since {@code before}, divided by {@code events}. */
    Map<String, Double> microsPerEventSince(ThreadGroupsCpu before, long events) {
        Map<String, Double> micros = new TreeMap<>();
        nanosByThread.forEach((thread, nanos) -> micros.merge(groupByThread.get(thread),
                Math.max(0, nanos - before.nanosByThread.getOrDefault(thread, 0L)) / 1e3 / events, Double::sum));
        return micros;
    }

    private static String group(String threadName) {
        Matcher processor = PROCESSOR.matcher(threadName);
        if (processor.find()) {
            return processor.group(1);
        }
        if (threadName.startsWith("EmbeddedEventStore")) {
            return "event store producer";
        }
        if (threadName.startsWith("elasticsearch")) {
            return "elasticsearch client";
        }
        return threadName.startsWith(EventStoreBenchmark.CLIENT_THREAD) ? "clients" : "other";
    }
}
