package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ImportWrites;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import io.sidebench.model.Vote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches an import's records to prompts and models and writes them into a new run, inside the caller's
 * transaction. Problems are collected (writing stops at the first); answers given turn by turn are held until
 * every turn of the prompt has arrived.
 */
final class AnswerWriter implements AnswerSink {
    private record Cell(long promptId, long modelId) {
    }

    private static final class Pending {
        final String[] answers;
        final long[] lines;
        final String model;
        Metrics metrics = Metrics.NONE;
        final List<AnswerRecord.ScoreValue> scores = new ArrayList<>();

        Pending(int turns, String model) {
            answers = new String[turns];
            lines = new long[turns];
            this.model = model;
        }
    }

    private final ProjectStore store;
    private final long setId;
    private final long runId;
    private final PromptIndex index;
    private final boolean addMissing;
    private final ImportProblems problems;
    private final Instant now = Instant.now();
    private final Map<String, Long> models = new HashMap<>();
    private final List<String> modelsAdded = new ArrayList<>();
    private final List<String> modelsFound = new ArrayList<>();
    private final Map<Cell, long[]> written = new HashMap<>();
    private final Map<Cell, Pending> pending = new LinkedHashMap<>();
    private final List<PairRecord> pairs = new ArrayList<>();
    private long answers;
    private int promptsAdded;
    private boolean speedFromFile;

    AnswerWriter(ProjectStore store, long setId, long runId, PromptIndex index, boolean addMissing,
                 ImportProblems problems) {
        this.store = store;
        this.setId = setId;
        this.runId = runId;
        this.index = index;
        this.addMissing = addMissing;
        this.problems = problems;
    }

    @Override
    public void answer(AnswerRecord r) throws ImportException {
        if (r.model() == null || r.model().isBlank()) {
            problems.add(r.line(), "the record names no model");
            return;
        }
        if (r.answers().isEmpty() || r.answers().stream().anyMatch(a -> a == null)) {
            problems.add(r.line(), "no answer text for model " + ImportProblems.quote(r.model()));
            return;
        }
        if (r.answers().stream().anyMatch(a -> a.indexOf('\u0000') >= 0)) {
            problems.add(r.line(), "the answer of " + ImportProblems.quote(r.model())
                    + " holds NUL characters (binary data, not text)");
            return;
        }
        Prompt prompt = prompt(r);
        if (prompt == null) {
            return;
        }
        int turns = prompt.turns().size();
        long modelId = model(r.model().strip());
        Cell cell = new Cell(prompt.id(), modelId);
        long[] first = written.get(cell);
        if (first != null) {
            problems.add(r.line(), "duplicate answer of model " + ImportProblems.quote(r.model()) + " to prompt "
                    + ImportProblems.quote(prompt.key()) + " (first at line " + first[0] + ")");
            return;
        }
        if (r.turn() == 0) {
            if (r.answers().size() != turns) {
                problems.add(r.line(), "turn-count mismatch: prompt " + ImportProblems.quote(prompt.key()) + " has "
                        + turns + " turn" + (turns == 1 ? "" : "s") + ", the answer of " + ImportProblems.quote(r.model())
                        + " has " + r.answers().size());
                return;
            }
            if (pending.containsKey(cell)) {
                problems.add(r.line(), "model " + ImportProblems.quote(r.model()) + " answers prompt "
                        + ImportProblems.quote(prompt.key()) + " both whole and turn by turn");
                return;
            }
            write(cell, r.line(), r.answers(), r.metrics(), r.scores());
            return;
        }
        if (r.turn() < 1 || r.turn() > turns) {
            problems.add(r.line(), "turn " + r.turn() + " out of range: prompt " + ImportProblems.quote(prompt.key())
                    + " has " + turns + " turn" + (turns == 1 ? "" : "s"));
            return;
        }
        if (r.answers().size() != 1) {
            problems.add(r.line(), "a record for one turn needs one answer, found " + r.answers().size());
            return;
        }
        Pending p = pending.computeIfAbsent(cell, k -> new Pending(turns, r.model()));
        int t = r.turn() - 1;
        if (p.answers[t] != null) {
            problems.add(r.line(), "duplicate answer of model " + ImportProblems.quote(r.model()) + " to turn " + r.turn()
                    + " of prompt " + ImportProblems.quote(prompt.key()) + " (first at line " + p.lines[t] + ")");
            return;
        }
        p.answers[t] = r.answers().get(0);
        p.lines[t] = r.line();
        if (r.metrics() != Metrics.NONE && t == turns - 1) {
            p.metrics = r.metrics();
        }
        p.scores.addAll(r.scores());
        for (String a : p.answers) {
            if (a == null) {
                return;
            }
        }
        pending.remove(cell);
        write(cell, p.lines[0], List.of(p.answers), p.metrics, p.scores);
    }

    @Override
    public void pair(PairRecord pair) {
        pairs.add(pair);
    }

    private Prompt prompt(AnswerRecord r) {
        PromptIndex.Match m = index.find(r.promptId(), r.promptTurns());
        if (m.prompt() != null) {
            return m.prompt();
        }
        if (!addMissing || r.promptTurns().isEmpty() || m.problem().contains("more than once")) {
            problems.add(r.line(), m.problem() + (addMissing ? "" : " in the prompt set (--add-missing-prompts adds it)"));
            return null;
        }
        if (problems.any()) {
            return null;
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < r.promptTurns().size(); i++) {
            turns.add(new Turn(r.promptTurns().get(i), i == r.promptTurns().size() - 1 ? r.reference() : null));
        }
        Prompt added = ImportWrites.appendPrompt(store, setId, new Prompt(0, r.promptId() == null ? null
                : r.promptId().strip(), 0, null, turns, null, Map.of(), List.of()));
        index.add(added);
        promptsAdded++;
        return added;
    }

    private long model(String name) {
        Long id = models.get(name);
        if (id != null) {
            return id;
        }
        ModelConfig config = store.models().find(name).orElse(null);
        (config == null ? modelsAdded : modelsFound).add(name);
        if (config == null && !problems.any()) {
            config = store.models().add(new ModelConfig(0, name, ProviderKind.IMPORTED, null, name, null, null,
                    ModelParams.DEFAULTS, ModelProfile.EMPTY));
        }
        long modelId = config == null ? -1 - models.size() : config.id();
        if (config != null && !problems.any()) {
            ImportWrites.attachModel(store, runId, modelId);
        }
        models.put(name, modelId);
        return modelId;
    }

    private void write(Cell cell, long line, List<String> turnAnswers, Metrics metrics,
                       List<AnswerRecord.ScoreValue> scores) {
        answers++;
        long completionId = -1;
        if (!problems.any() && cell.modelId() >= 0) {
            speedFromFile |= metrics != Metrics.NONE;
            Completion saved = store.completions().save(new Completion(0, new CellKey(runId, cell.promptId(),
                    cell.modelId(), 0), CompletionStatus.OK, turnAnswers.get(turnAnswers.size() - 1), turnAnswers,
                    null, null, metrics, List.of(), false, 1, now));
            completionId = saved.id();
            for (AnswerRecord.ScoreValue s : scores) {
                store.scores().save(new Score(completionId, s.scorer(), s.value(), s.detail(), null));
            }
        }
        written.put(cell, new long[] {line, completionId});
    }

    /** After the last record: turns left unanswered, pairs resolved into votes. */
    void finish() {
        for (Map.Entry<Cell, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            List<Integer> have = new ArrayList<>();
            long line = 0;
            for (int i = 0; i < p.answers.length; i++) {
                if (p.answers[i] != null) {
                    have.add(i + 1);
                    line = line == 0 ? p.lines[i] : line;
                }
            }
            problems.add(line, "model " + ImportProblems.quote(p.model) + " answers turn" + (have.size() == 1 ? " " : "s ")
                    + have + " of " + p.answers.length + " only");
        }
        for (PairRecord pair : pairs) {
            PromptIndex.Match m = index.find(pair.promptId(), pair.promptText() == null ? List.of()
                    : List.of(pair.promptText()));
            if (m.prompt() == null) {
                problems.add(pair.line(), m.problem());
                continue;
            }
            long[] left = written.get(new Cell(m.prompt().id(), models.getOrDefault(pair.left().strip(), -1L)));
            long[] right = written.get(new Cell(m.prompt().id(), models.getOrDefault(pair.right().strip(), -1L)));
            if (left == null || right == null) {
                problems.add(pair.line(), "a verdict on an answer the file does not hold");
                continue;
            }
            if (!problems.any()) {
                store.votes().add(new Vote(0, runId, m.prompt().id(), left[1], right[1], models.get(pair.left().strip()),
                        models.get(pair.right().strip()), pair.outcome(), pair.voter(), pair.judge(), now));
            }
        }
        if (answers == 0 && !problems.any()) {
            problems.add(1, "no answers found in the file");
        }
    }

    long answers() {
        return answers;
    }

    int models() {
        return models.size();
    }

    /** The models the file names that the project did not have (created as imported models), in file order. */
    List<String> modelsAdded() {
        return modelsAdded;
    }

    /** The models the file names that the project already had, in file order. */
    List<String> modelsFound() {
        return modelsFound;
    }

    int promptsAdded() {
        return promptsAdded;
    }

    int pairs() {
        return pairs.size();
    }

    boolean speedFromFile() {
        return speedFromFile;
    }
}
