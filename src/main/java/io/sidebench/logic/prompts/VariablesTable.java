package io.sidebench.logic.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of template variables: every prompt whose {@code {{variables}}} are not all supplied by its own
 * record is expanded once per row.
 */
public final class VariablesTable {
    /** More rows than this multiply a set beyond what anyone reviews; refuse rather than explode. */
    public static final int MAX_ROWS = 10_000;

    private final List<Map<String, String>> rows;

    private VariablesTable(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    public static VariablesTable of(List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a variables table needs at least one row");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a variables table may have at most " + MAX_ROWS + " rows");
        }
        List<Map<String, String>> copy = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            copy.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        return new VariablesTable(List.copyOf(copy));
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.addAll(r.keySet()));
        return names;
    }
}
