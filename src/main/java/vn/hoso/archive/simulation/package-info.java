/**
 * Workload simulation: drives a realistic, seeded workload through the real command API (receipt, assignment,
 * village forwards, supplements, results) over a historical period, then prints the statistics report for it.
 * {@code ./hoso simulate --preset thanh-oai-2025} replays the five months of the seed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workload simulation")
package vn.hoso.archive.simulation;
