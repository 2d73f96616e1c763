package io.sidebench.logic.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pairwise win rates: {@code rates.get(i).get(j)} is the share of comparisons between model i and
 * model j that i won (ties count half), or {@code null} when they were never compared.
 */
public record WinRates(List<String> models, List<List<Double>> rates) {
    public WinRates {
        models = List.copyOf(models);
        List<List<Double>> copy = new ArrayList<>();
        for (List<Double> row : rates) {
            if (row.size() != models.size()) {
                throw new IllegalArgumentException("win rates must be a square matrix over the models");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        if (copy.size() != models.size()) {
            throw new IllegalArgumentException("win rates must be a square matrix over the models");
        }
        rates = List.copyOf(copy);
    }
}
