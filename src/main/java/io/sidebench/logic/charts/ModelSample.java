package io.sidebench.logic.charts;

import java.util.List;

/** The raw values of one metric for one model (e.g. every TTFT in ms), in any order. */
public record ModelSample(String model, List<Double> values) {
    public ModelSample {
        values = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isNaN()).toList();
    }
}
