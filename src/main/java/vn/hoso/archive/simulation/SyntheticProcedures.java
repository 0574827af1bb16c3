package vn.hoso.archive.simulation;

import java.util.ArrayList;
import java.util.List;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.catalogue.Procedure.OnlineLevel;

/**
 * Placeholder procedures that bring the catalogue to a preset's online counts (the seed reports 81 fully and 350
 * partly online procedures; the shipped catalogue names only the common ones). Their codes start with {@code SIM-}.
 */
final class SyntheticProcedures {

    private static final int[] FULL_ONLINE_DAYS = {0, 1, 3, 5};
    private static final int[] PARTIAL_ONLINE_DAYS = {3, 5, 7, 10, 15, 20, 30};

    private SyntheticProcedures() {
    }

    static List<Procedure> toReach(SimulationPreset preset, List<Procedure> existing) {
        List<Procedure> added = new ArrayList<>();
        add(added, OnlineLevel.FULL_ONLINE, preset.fullOnlineProcedures() - count(existing, OnlineLevel.FULL_ONLINE),
                FULL_ONLINE_DAYS);
        add(added, OnlineLevel.PARTIAL_ONLINE,
                preset.partialOnlineProcedures() - count(existing, OnlineLevel.PARTIAL_ONLINE), PARTIAL_ONLINE_DAYS);
        return added;
    }

    private static long count(List<Procedure> procedures, OnlineLevel level) {
        return procedures.stream().filter(procedure -> procedure.onlineLevel() == level).count();
    }

    private static void add(List<Procedure> added, OnlineLevel level, long missing, int[] days) {
        String kind = level == OnlineLevel.FULL_ONLINE ? "FULL" : "PARTIAL";
        for (int n = 1; n <= missing; n++) {
            added.add(new Procedure("SIM-%s-%03d".formatted(kind, n), "Thủ tục mô phỏng %s %d".formatted(kind, n),
                    "Simulated procedure %s %d".formatted(kind, n), "simulated", level, days[n % days.length], false,
                    List.of("Đơn đề nghị"), ""));
        }
    }
}
