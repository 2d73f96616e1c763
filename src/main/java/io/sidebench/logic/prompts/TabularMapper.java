package io.sidebench.logic.prompts;

import io.sidebench.model.Turn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the rows of a table (CSV, TSV, XLSX) to prompt drafts, by header names: the column map's choices,
 * or the default names ({@code prompt}/{@code question}, {@code reference}/{@code expected}, ...). A table
 * without a prompt column may hold a multi-turn prompt in numbered columns {@code turn_1, turn_2, ...}
 * with optional {@code reference_1, ...}. Columns not used for anything are template variables.
 */
final class TabularMapper {
    private static final Pattern TURN = Pattern.compile("(?i)(?:turn|prompt|question|user)[ _-]?(\\d{1,3})");
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:reference|expected|answer|ideal)[ _-]?(\\d{1,3})");

    private final String file;
    private final List<String> header;
    private final Map<PromptField, Integer> columns = new EnumMap<>(PromptField.class);
    private final TreeMap<Integer, Integer> turnColumns = new TreeMap<>();
    private final Map<Integer, Integer> referenceColumns = new HashMap<>();
    private final List<Integer> variableColumns = new ArrayList<>();

    /**
     * @param headerLine line (or spreadsheet row) of the header, for errors
     */
    TabularMapper(String file, long headerLine, List<String> rawHeader, ColumnMap map) throws ImportException {
        this(file, headerLine, rawHeader, map, ImportHints.CLI);
    }

    TabularMapper(String file, long headerLine, List<String> rawHeader, ColumnMap map, ImportHints hints)
            throws ImportException {
        this.file = file;
        this.header = new ArrayList<>(rawHeader.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rawHeader.size(); i++) {
            String name = rawHeader.get(i) == null ? "" : rawHeader.get(i).strip();
            if (name.isEmpty()) {
                name = "column " + (i + 1);
            }
            Integer before = seen.putIfAbsent(ColumnMap.normalise(name), i);
            if (before != null) {
                throw new ImportException(file, headerLine, i + 1, "column " + Texts.quote(name)
                        + " appears twice in the header (columns " + (before + 1) + " and " + (i + 1) + ")");
            }
            header.add(name);
        }
        hints.columnsFound(List.copyOf(header));
        for (PromptField field : PromptField.values()) {
            int index = map.find(field, header);
            String chosen = map.explicit(field).orElse("");
            if (index < 0 && !chosen.isEmpty()) {
                throw new ImportException(file, headerLine, 0, "no column " + Texts.quote(chosen) + " ("
                        + hints.chosenAs(field, chosen) + "); the columns are " + Texts.list(header));
            }
            if (index >= 0) {
                columns.put(field, index);
            }
        }
        if (!columns.containsKey(PromptField.PROMPT) && !map.isExplicit(PromptField.PROMPT)) {
            findNumberedTurns();
        }
        if (!columns.containsKey(PromptField.PROMPT) && turnColumns.isEmpty()) {
            throw new ImportException(file, headerLine, 0, "no prompt column (looked for "
                    + String.join(", ", map.candidates(PromptField.PROMPT)) + "); the columns are " + Texts.list(header)
                    + "; " + hints.choosePromptColumn(true));
        }
        for (int i = 0; i < header.size(); i++) {
            if (!columns.containsValue(i) && !turnColumns.containsValue(i) && !referenceColumns.containsValue(i)) {
                variableColumns.add(i);
            }
        }
    }

    private void findNumberedTurns() {
        Map<Integer, Integer> refs = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher t = TURN.matcher(header.get(i));
            Matcher r = REFERENCE.matcher(header.get(i));
            if (t.matches()) {
                turnColumns.putIfAbsent(Integer.parseInt(t.group(1)), i);
            } else if (r.matches()) {
                refs.putIfAbsent(Integer.parseInt(r.group(1)), i);
            }
        }
        refs.forEach((n, col) -> {
            if (turnColumns.containsKey(n)) {
                referenceColumns.put(n, col);
            }
        });
        if (!turnColumns.isEmpty()) {
            columns.remove(PromptField.REFERENCE);
        }
    }

    List<String> header() {
        return header;
    }

    int columnCount() {
        return header.size();
    }

    /** Builds the draft for one row; {@code cells} may be shorter than the header (missing cells are empty). */
    PromptDraft map(long line, List<String> cells) throws ImportException {
        for (int i = header.size(); i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isEmpty()) {
                throw new ImportException(file, line, 0, "row has " + cells.size() + " fields but the header has "
                        + header.size() + " (an unquoted delimiter, or a missing header?)");
            }
        }
        List<Turn> turns = new ArrayList<>();
        if (columns.containsKey(PromptField.PROMPT)) {
            int col = columns.get(PromptField.PROMPT);
            String user = cell(cells, col);
            if (user.isBlank()) {
                throw new ImportException(file, line, col + 1, "empty prompt in column " + Texts.quote(header.get(col)));
            }
            turns.add(new Turn(user, blankToNull(get(cells, PromptField.REFERENCE))));
        } else {
            for (Map.Entry<Integer, Integer> e : turnColumns.entrySet()) {
                String user = cell(cells, e.getValue());
                if (!user.isBlank()) {
                    Integer refCol = referenceColumns.get(e.getKey());
                    turns.add(new Turn(user, refCol == null ? null : blankToNull(cell(cells, refCol))));
                }
            }
            if (turns.isEmpty()) {
                throw new ImportException(file, line, 0, "empty prompt: every turn column is empty");
            }
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int col : variableColumns) {
            vars.put(header.get(col), cell(cells, col));
        }
        String key = blankToNull(get(cells, PromptField.ID));
        return new PromptDraft(key == null ? null : key.strip(), blankToNull(get(cells, PromptField.SYSTEM)), turns,
                blankToNull(get(cells, PromptField.CATEGORY)), List.of(), vars);
    }

    private String get(List<String> cells, PromptField field) {
        Integer col = columns.get(field);
        return col == null ? null : cell(cells, col);
    }

    private static String cell(List<String> cells, int col) {
        String v = col < cells.size() ? cells.get(col) : null;
        return v == null ? "" : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
