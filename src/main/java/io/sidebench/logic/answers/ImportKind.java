package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.SourceRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file brought from another tool holds: answers (a new run), judgments (judge scores and judge votes about
 * a run), votes (Arena-style battles) or human ratings (annotations). Guessed from the file's first bytes; the
 * user can override the guess.
 */
public enum ImportKind {
    ANSWERS, JUDGMENTS, VOTES, ANNOTATIONS;

    /** The guess: MT-Bench judgments, battles with a winner, a sheet with an annotator column, else answers. */
    public static ImportKind detect(Path file) throws ImportException {
        SourceRecords.checkReadable(file);
        ImportFormat container = SourceRecords.container(file);
        if (container == ImportFormat.CSV || container == ImportFormat.TSV || container == ImportFormat.XLSX) {
            SourceRecords.Row first = SourceRecords.firstRow(file, container, 1 << 20);
            if (first == null) {
                return ANSWERS;
            }
            Header h = new Header(first.line(), first.cells());
            if (h.find("annotator", "rater") >= 0) {
                return ANNOTATIONS;
            }
            return h.find("winner") >= 0 && h.find("model_a") >= 0 ? VOTES : ANSWERS;
        }
        if (container != ImportFormat.JSONL && container != ImportFormat.JSON) {
            return ANSWERS;
        }
        String head = new String(SourceRecords.head(file, 16 * 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("\"g1_winner\"") || head.contains("\"judge\"") && head.contains("\"score\"")
                && !head.contains("\"choices\"")) {
            return JUDGMENTS;
        }
        return head.contains("\"winner\"") && head.contains("\"model_a\"") ? VOTES : ANSWERS;
    }
}
