package org.gridatlas.analytics.base;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What every benchmark main shares: a bench that finds nothing to measure says so and exits 1 (never printing a
 * figure for an empty result), and figures are quoted beside the machine's load average.
 */
public final class BenchRun {

    private BenchRun() {
    }

    /** Runs a bench; an {@link IllegalStateException} (nothing to measure) ends it with its message and exit code 1. */
    public static void main(String[] args, Consumer<String[]> bench) {
        try {
            bench.accept(args);
        } catch (IllegalStateException nothingToMeasure) {
            System.err.println("bench: " + nothingToMeasure.getMessage());
            System.exit(1);
        }
    }

    /** The 1, 5 and 15 minute load averages (the box is shared: figures mean little without them). */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
