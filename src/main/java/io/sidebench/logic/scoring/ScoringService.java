package io.sidebench.logic.scoring;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a run's successful completions with a list of scorers and stores the scores batch by batch.
 * A completion whose stored score has the same input hash (answer, reference, prompt, scorer config) is
 * skipped. A plain blocking call: the app submits it through its TaskExecutor, the CLI calls it directly.
 */
public final class ScoringService {
    static final int BATCH = 32;

    private final ProjectStore store;

    public ScoringService(ProjectStore store) {
        this.store = store;
    }

    /** Called after each batch with the number of (completion, scorer) pairs done so far and in all. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** Counts per scorer of one scoring pass. */
    public record ScorerCounts(int computed, int unchanged, int withoutValue, int transientFailures) {
        ScorerCounts plus(int c, int u, int w, int t) {
            return new ScorerCounts(computed + c, unchanged + u, withoutValue + w, transientFailures + t);
        }
    }

    /** What a pass did: per scorer id, counts; {@code failedCompletions} were not scored (errors). */
    public record Report(Map<String, ScorerCounts> perScorer, int failedCompletions, boolean cancelled,
                         List<String> transientProblems) {
        public int computed() {
            return perScorer.values().stream().mapToInt(ScorerCounts::computed).sum();
        }

        public int unchanged() {
            return perScorer.values().stream().mapToInt(ScorerCounts::unchanged).sum();
        }

        /** Scores that failed for a reason that may pass later (a judge call that failed). */
        public int transientFailures() {
            return perScorer.values().stream().mapToInt(ScorerCounts::transientFailures).sum();
        }
    }

    public Report scoreRun(long runId, List<Scorer> scorers, Progress progress, CancelToken cancel) {
        Run run = store.runs().get(runId).orElseThrow(() -> new IllegalArgumentException("no run with id " + runId));
        Map<Long, Prompt> prompts = new HashMap<>();
        for (Prompt p : store.promptSets().prompts(run.promptSetId())) {
            prompts.put(p.id(), p);
        }
        List<ScoringContext> contexts = new ArrayList<>();
        int failedCompletions = 0;
        for (Completion c : store.completions().forRun(runId, false)) {
            Prompt p = prompts.get(c.cell().promptId());
            if (!c.isOk() || p == null) {
                failedCompletions++;
                continue;
            }
            contexts.add(new ScoringContext(c, p));
        }
        Map<String, String> storedHashes = new HashMap<>();
        for (Score s : store.scores().forRun(runId)) {
            storedHashes.put(s.completionId() + "\u0000" + s.scorer(), s.inputHash());
        }
        Progress p = progress == null ? Progress.NONE : progress;
        int total = contexts.size() * scorers.size();
        int done = 0;
        Map<String, ScorerCounts> counts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Scorer scorer : scorers) {
            ScorerCounts sc = new ScorerCounts(0, 0, 0, 0);
            List<ScoringContext> todo = new ArrayList<>();
            for (ScoringContext c : contexts) {
                String stored = storedHashes.get(c.completion().id() + "\u0000" + scorer.id());
                if (stored != null && stored.equals(scorer.inputHash(c))) {
                    sc = sc.plus(0, 1, 0, 0);
                    done++;
                } else {
                    todo.add(c);
                }
            }
            p.update(done, total);
            for (int from = 0; from < todo.size(); from += BATCH) {
                if (cancel != null && cancel.isCancelled()) {
                    counts.put(scorer.id(), sc);
                    return new Report(counts, failedCompletions, true, problems);
                }
                List<ScoringContext> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
                List<Score> toSave = new ArrayList<>();
                for (Score s : scorer.scoreAll(batch)) {
                    if (scorer.isTransientFailure(s)) {
                        sc = sc.plus(0, 0, 0, 1);
                        problems.add(scorer.id() + " on completion " + s.completionId() + ": " + s.detail());
                    } else {
                        toSave.add(s);
                        sc = sc.plus(1, 0, s.value() == null ? 1 : 0, 0);
                    }
                }
                store.scores().saveAll(toSave);
                done += batch.size();
                p.update(done, total);
            }
            counts.put(scorer.id(), sc);
        }
        return new Report(counts, failedCompletions, false, problems);
    }
}
