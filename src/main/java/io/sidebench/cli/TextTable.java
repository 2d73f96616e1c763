package io.sidebench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with a header row; numbers right-aligned. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(format(cell));
        }
        rows.add(row);
        return this;
    }

    static String format(Object cell) {
        if (cell == null) {
            return "-";
        }
        if (cell instanceof Double d) {
            double a = Math.abs(d);
            return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 1 ? "%.1f" : a == 0 ? "0" : "%.4f", d);
        }
        return cell.toString();
    }

    void print(PrintWriter out, String indent) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        out.println(indent + line(header, width, true));
        for (List<String> row : rows) {
            out.println(indent + line(row, width, false));
        }
    }

    private static String line(List<String> cells, int[] width, boolean header) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean right = !header && i > 0;
            String pad = " ".repeat(width[i] - cell.length());
            sb.append(i == 0 ? "" : "  ").append(right ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
        }
        return sb.toString().stripTrailing();
    }
}
