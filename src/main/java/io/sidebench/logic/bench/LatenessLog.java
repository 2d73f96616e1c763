package io.sidebench.logic.bench;

import io.sidebench.logic.metrics.Percentiles;
import java.util.Arrays;

/** A thread-safe growing list of lateness figures (ms), for the stub's medians. */
final class LatenessLog {
    private double[] values = new double[1024];
    private int size;

    synchronized void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    synchronized void clear() {
        values = new double[1024];
        size = 0;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    private double percentile(double p) {
        double[] copy;
        synchronized (this) {
            copy = Arrays.copyOf(values, size);
        }
        Double v = Percentiles.of(copy, p);
        return v == null ? Double.NaN : v;
    }
}
