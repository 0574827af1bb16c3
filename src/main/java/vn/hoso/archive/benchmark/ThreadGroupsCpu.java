package vn.hoso.archive.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's live threads, summed by what they work for: an event processor (its coordinator and work
 * packages, by the processor's name in the thread's name), the embedded event store's producer, the Elasticsearch
 * client, the benchmark's clients, everything else; and of the JVM's own threads, read from {@code /proc}: the
 * garbage collector's and the JIT compiler's. A thread that ended between two readings loses its share.
 */
final class ThreadGroupsCpu {

    private static final Pattern PROCESSOR = Pattern.compile("\\[([^]]+)]");
    /** The kernel's unit of thread CPU time in {@code /proc/<pid>/task/<tid>/stat} (USER_HZ, 100 on Linux). */
    private static final long NANOS_PER_TICK = 10_000_000;

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
        jvmOwnThreads(nanos, groups);
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null) {
                nanos.put(thread.getThreadId(), threads.getThreadCpuTime(thread.getThreadId()));
                groups.put(thread.getThreadId(), group(thread.getThreadName()));
            }
        }
        return new ThreadGroupsCpu(nanos, groups);
    }

    /**
     * The garbage collector's and JIT compiler's threads, keyed by their negated kernel thread id (Java thread ids are
     * positive); nothing on a system without {@code /proc}.
     */
    private static void jvmOwnThreads(Map<Long, Long> nanos, Map<Long, String> groups) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String group = name.startsWith("GC Thread") || name.startsWith("G1 ") ? "garbage collector"
                            : name.contains("CompilerThre") ? "JIT compiler" : null;
                    if (group != null) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long id = -Long.parseLong(task.getFileName().toString());
                        nanos.put(id, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK);
                        groups.put(id, group);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            });
        } catch (IOException noProc) {
            // not Linux: Java threads only
        }
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
