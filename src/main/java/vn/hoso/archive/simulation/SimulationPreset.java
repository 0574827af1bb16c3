package vn.hoso.archive.simulation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A workload to replay: dossiers received in a period by channel, how many were resolved (all on time) and how many
 * were still open, within their deadline, at the end; and how many procedures the office offered online.
 */
public record SimulationPreset(
        String name,
        LocalDate from,
        LocalDate to,
        int receivedOnline,
        int receivedDirect,
        int resolved,
        int fullOnlineProcedures,
        int partialOnlineProcedures,
        long seed) {

    /** Thanh Oai commune, 1 July – 30 November 2025, as reported in the seed. */
    public static final SimulationPreset THANH_OAI_2025 = new SimulationPreset("thanh-oai-2025",
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 11, 30), 4375, 967, 5031, 81, 350, 20251130L);

    private static final Map<String, SimulationPreset> PRESETS = Map.of(THANH_OAI_2025.name(), THANH_OAI_2025);

    public static Optional<SimulationPreset> named(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }

    public int received() {
        return receivedOnline + receivedDirect;
    }

    public int openAtEnd() {
        return received() - resolved;
    }

    /** The same shape with every dossier count divided by {@code divisor}, for quick test runs. */
    public SimulationPreset scaledDown(int divisor) {
        return new SimulationPreset(name + "/" + divisor, from, to, receivedOnline / divisor, receivedDirect / divisor,
                resolved / divisor, fullOnlineProcedures, partialOnlineProcedures, seed);
    }
}
