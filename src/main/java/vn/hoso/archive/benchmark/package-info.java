/**
 * Benchmarks that print side-by-side figures ending in one {@code key=value} line: {@code ./hoso bench events}
 * measures the event store on the configured database (commands against raw appends, loading a long dossier,
 * rebuilding a projection).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package vn.hoso.archive.benchmark;
