package io.sidebench.logic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table of a project, each value written out the same way whatever the database. */
public final class StoreRows {
    private StoreRows() {
    }

    public static Map<String, List<List<String>>> dump(ProjectStore store) {
        JdbcProjectStore jdbc = (JdbcProjectStore) store;
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (String table : ProjectCopy.TABLES) {
            out.put(table, jdbc.read(c -> {
                List<List<String>> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " ORDER BY "
                        + ProjectCopy.ORDER.get(table)); ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(n);
                        for (int i = 1; i <= n; i++) {
                            row.add(rs.getMetaData().getColumnName(i) + "=" + value(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }));
        }
        return out;
    }

    private static String value(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return "i" + ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            return "d" + n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return "i" + (b ? 1 : 0);
        }
        if (v instanceof byte[] bytes) {
            return "x" + HexFormat.of().formatHex(bytes);
        }
        return "s" + v;
    }
}
