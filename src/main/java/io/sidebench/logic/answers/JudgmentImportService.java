package io.sidebench.logic.answers;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.prompts.ImportFormat;
import io.sidebench.logic.prompts.SourceRecords;
import io.sidebench.logic.stats.MetricSummaries;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import io.sidebench.model.Score;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports judgments and votes other tools produced about a run's answers, in one transaction (any problem: a
 * {@code file:line: reason} listing, nothing written): FastChat MT-Bench single grades as judge scores (one
 * scorer per judge and turn, {@code judge:MODEL#tN}; a score of -1, FastChat's "no rating", is stored without
 * a value and left out of statistics), MT-Bench pair judgments as judge votes (both games), and Arena-style
 * battles as human votes.
 */
public final class JudgmentImportService {
    /** The judgment formats. */
    public enum Format {
        MT_BENCH_SINGLE("mt-bench-single"), MT_BENCH_PAIR("mt-bench-pair"), ARENA("arena");

        private final String cliName;

        Format(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        public static Format fromName(String name) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.cliName.equals(n)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; use mt-bench-single, mt-bench-pair or arena");
        }
    }

    /** What an import wrote; {@code skipped} counts pair games FastChat marked as errors. */
    public record Result(long runId, Format format, long scores, long votes, long unrated, long skipped) {
    }

    public Result importFile(ProjectStore store, Path file, Run run, Format format)
            throws ImportException, AnswerImportException {
        SourceRecords.checkReadable(file);
        Format f = format != null ? format : detect(file);
        try {
            return store.inTransaction(c -> {
                try {
                    ImportProblems problems = new ImportProblems(file.toString());
                    Writer w = new Writer(store, run, problems, new Fields(file.toString()));
                    read(file, f, w);
                    if (w.scores + w.votes == 0 && !problems.any()) {
                        problems.add(1, "no judgments found in the file");
                    }
                    problems.throwIfAny();
                    return new Result(run.id(), f, w.scores, w.votes, w.unrated, w.skipped);
                } catch (ImportException | AnswerImportException e) {
                    throw new Abort(e);
                }
            });
        } catch (Abort a) {
            if (a.failure instanceof ImportException ie) {
                throw ie;
            }
            throw (AnswerImportException) a.failure;
        }
    }

    /** g1_winner: MT-Bench pair; model_a and winner: Arena; score and judge: MT-Bench single. */
    public static Format detect(Path file) throws ImportException {
        ImportFormat container = SourceRecords.container(file);
        if (container == ImportFormat.CSV || container == ImportFormat.TSV || container == ImportFormat.XLSX) {
            return Format.ARENA;
        }
        String head = new String(SourceRecords.head(file, 16 * 1024), java.nio.charset.StandardCharsets.UTF_8);
        if (head.contains("\"g1_winner\"")) {
            return Format.MT_BENCH_PAIR;
        }
        if (head.contains("\"winner\"")) {
            return Format.ARENA;
        }
        if (head.contains("\"score\"")) {
            return Format.MT_BENCH_SINGLE;
        }
        throw ImportException.at(file.toString(), 1, "cannot tell the judgment format; use --format mt-bench-single, "
                + "mt-bench-pair or arena");
    }

    private static void read(Path file, Format format, Writer w) throws ImportException {
        ImportFormat container = SourceRecords.container(file);
        if (format == Format.ARENA && (container == ImportFormat.CSV || container == ImportFormat.TSV
                || container == ImportFormat.XLSX)) {
            readArenaTable(file, container, w);
            return;
        }
        SourceRecords.jsonRecords(file, io.sidebench.logic.prompts.ImportOptions.DEFAULT_MAX_LINE_CHARS, null, item -> {
            JsonNode r = w.fields.object(item.line(), item.value(), "each judgment");
            switch (format) {
                case MT_BENCH_SINGLE -> w.single(item.line(), r);
                case MT_BENCH_PAIR -> w.pair(item.line(), r);
                case ARENA -> w.arena(item.line(), r);
                default -> throw new IllegalStateException();
            }
        }, null);
    }

    private static void readArenaTable(Path file, ImportFormat container, Writer w) throws ImportException {
        Header[] header = {null};
        int[] cols = new int[6];
        String name = file.toString();
        SourceRecords.rows(file, container, io.sidebench.logic.prompts.ImportOptions.DEFAULT_MAX_LINE_CHARS, row -> {
            if (header[0] == null) {
                Header h = new Header(row.line(), row.cells());
                header[0] = h;
                cols[0] = h.find(Header.ID);
                cols[1] = h.find(Header.PROMPT);
                cols[2] = h.require(name, "model_a", "model_a");
                cols[3] = h.require(name, "model_b", "model_b");
                cols[4] = h.require(name, "winner", "winner");
                cols[5] = h.find("judge", "voter", "annotator");
                return;
            }
            List<String> c = row.cells();
            String prompt = Header.cell(c, cols[1]);
            w.vote(row.line(), Header.cell(c, cols[0]), prompt == null ? List.of() : List.of(prompt),
                    Header.cell(c, cols[2]), Header.cell(c, cols[3]), Header.cell(c, cols[4]), Header.cell(c, cols[5]));
        });
    }

    private static final class Writer {
        final ProjectStore store;
        final Run run;
        final ImportProblems problems;
        final Fields fields;
        final RunCells cells;
        final Map<String, Long> seenScores = new HashMap<>();
        final Instant now = Instant.now();
        long scores;
        long votes;
        long unrated;
        long skipped;

        Writer(ProjectStore store, Run run, ImportProblems problems, Fields fields) {
            this.store = store;
            this.run = run;
            this.problems = problems;
            this.fields = fields;
            this.cells = new RunCells(store, run);
        }

        private String judge(long line, JsonNode r) throws ImportException {
            JsonNode j = r.get("judge");
            if (j == null || j.isNull()) {
                return null;
            }
            if (j.isArray() && !j.isEmpty()) {
                return fields.text(line, j.get(0), "judge[0]");
            }
            return fields.text(line, j, "judge");
        }

        void single(long line, JsonNode r) throws ImportException {
            String id = fields.id(line, r, "question_id", "question_id");
            String model = fields.text(line, r, "model", "model");
            Double score = fields.number(line, r, "score", "score");
            if (score == null) {
                throw fields.error(line, "the judgment has no score");
            }
            Double turn = fields.number(line, r, "turn", "turn");
            int t = turn == null ? 1 : (int) Math.round(turn);
            if (turn != null && (turn != Math.rint(turn) || t < 1)) {
                throw fields.error(line, "turn must be a whole number from 1, found " + turn);
            }
            String judge = judge(line, r);
            RunCells.Found found = cells.find(id, List.of(), model);
            if (found.cell() == null) {
                problems.add(line, found.problem());
                return;
            }
            int turns = found.cell().prompt().turns().size();
            if (t > turns) {
                problems.add(line, "turn " + t + " out of range: prompt " + ImportProblems.quote(id) + " has " + turns
                        + " turn" + (turns == 1 ? "" : "s"));
                return;
            }
            if (score != -1 && (score < 0 || score > 10)) {
                problems.add(line, "score " + score + " is outside MT-Bench's scale 1-10 (-1 for no rating)");
                return;
            }
            String scorer = "judge:" + (judge == null ? "mt-bench" : judge) + MetricSummaries.TURN_SUFFIX + t;
            long completionId = found.cell().completion().id();
            Long first = seenScores.putIfAbsent(completionId + "\u0000" + scorer, line);
            if (first != null) {
                problems.add(line, "duplicate judgment of " + ImportProblems.quote(model) + " on turn " + t
                        + " of question " + ImportProblems.quote(id) + " by " + scorer + " (first at line " + first + ")");
                return;
            }
            String judgment = fields.optText(line, r, "judgment", "judgment");
            if (score == -1) {
                unrated++;
            }
            scores++;
            if (!problems.any()) {
                store.scores().save(new Score(completionId, scorer, score == -1 ? null : score,
                        score == -1 ? "no rating (FastChat score -1)" + (judgment == null ? "" : ": " + judgment)
                                : judgment, null));
            }
        }

        void pair(long line, JsonNode r) throws ImportException {
            String id = fields.id(line, r, "question_id", "question_id");
            String m1 = fields.text(line, r, "model_1", "model_1");
            String m2 = fields.text(line, r, "model_2", "model_2");
            String judge = judge(line, r);
            String voter = "judge:" + (judge == null ? "mt-bench" : judge);
            String g1 = fields.text(line, r, "g1_winner", "g1_winner");
            String g2 = fields.text(line, r, "g2_winner", "g2_winner");
            // game 1 shows model_1 first; game 2 swaps the sides; both winners name model_1 / model_2
            add(line, id, List.of(), m1, m2, outcome(line, g1, "model_1", "model_2"), voter, true);
            add(line, id, List.of(), m2, m1, outcome(line, g2, "model_2", "model_1"), voter, true);
        }

        void arena(long line, JsonNode r) throws ImportException {
            String id = fields.id(line, r, "question_id", "question_id", "prompt_id", "id");
            List<String> text = List.of();
            JsonNode conv = r.get("conversation_a");
            if (id == null && conv != null && conv.isArray()) {
                for (JsonNode m : conv) {
                    if ("user".equals(m.path("role").asText())) {
                        text = List.of(fields.text(line, m, "conversation_a content", "content"));
                        break;
                    }
                }
            } else if (id == null) {
                String p = fields.optText(line, r, "prompt", Header.PROMPT);
                text = p == null ? List.of() : List.of(p);
            }
            vote(line, id, text, fields.text(line, r, "model_a", "model_a"), fields.text(line, r, "model_b", "model_b"),
                    fields.text(line, r, "winner", "winner"), fields.optText(line, r, "judge", "judge"));
        }

        void vote(long line, String id, List<String> text, String a, String b, String winner, String voter)
                throws ImportException {
            if (a == null || b == null || winner == null) {
                problems.add(line, "an Arena battle needs model_a, model_b and winner");
                return;
            }
            VoteOutcome outcome = switch (winner.strip().toLowerCase(Locale.ROOT)) {
                case "model_a" -> VoteOutcome.LEFT;
                case "model_b" -> VoteOutcome.RIGHT;
                case "tie" -> VoteOutcome.TIE;
                case "tie (bothbad)", "tie(bothbad)", "bothbad", "both_bad" -> VoteOutcome.BOTH_BAD;
                default -> null;
            };
            if (outcome == null) {
                problems.add(line, "winner must be model_a, model_b, tie or tie (bothbad), found " + ImportProblems.quote(winner));
                return;
            }
            add(line, id, text, a, b, outcome, voter == null || voter.isBlank() ? "arena" : voter.strip(), false);
        }

        private VoteOutcome outcome(long line, String winner, String left, String right) {
            if (winner.equals(left)) {
                return VoteOutcome.LEFT;
            }
            if (winner.equals(right)) {
                return VoteOutcome.RIGHT;
            }
            if (winner.startsWith("tie")) {
                return VoteOutcome.TIE;
            }
            if (winner.equals("error")) {
                return null;
            }
            problems.add(line, "winner must be model_1, model_2, tie or error, found " + ImportProblems.quote(winner));
            return null;
        }

        private void add(long line, String id, List<String> text, String left, String right, VoteOutcome outcome,
                         String voter, boolean judge) {
            if (outcome == null) {
                skipped++;
                return;
            }
            if (left.strip().equals(right.strip())) {
                problems.add(line, "a model cannot be compared with itself (" + ImportProblems.quote(left) + ")");
                return;
            }
            RunCells.Found l = cells.find(id, text, left);
            RunCells.Found r = cells.find(id, text, right);
            if (l.cell() == null || r.cell() == null) {
                problems.add(line, (l.cell() == null ? l : r).problem());
                return;
            }
            votes++;
            if (!problems.any()) {
                store.votes().add(new Vote(0, run.id(), l.cell().prompt().id(), l.cell().completion().id(),
                        r.cell().completion().id(), l.cell().modelId(), r.cell().modelId(), outcome, voter, judge, now));
            }
        }
    }
}
