package io.sidebench.logic.scoring;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LLM-as-judge pairwise comparison of a run: for every prompt and every pair of models with a successful
 * answer (first repeat), the judge compares the two answers twice, once in each order, so its position
 * bias cancels out. Each valid verdict is stored as a vote with {@code judge = true} and voter
 * {@code judge:MODEL}. Orders already judged by this judge are skipped. A malformed verdict is not turned
 * into a vote (the vote table has no "malformed" outcome): it is counted and described in the report.
 */
public final class PairwiseJudgeService {
    private final ProjectStore store;
    private final Judge judge;
    private final Clock clock;

    public PairwiseJudgeService(ProjectStore store, Judge judge, Clock clock) {
        this.store = store;
        this.judge = judge;
        this.clock = clock;
    }

    /** What a pass did. {@code problems} lists malformed verdicts and failed calls, one line each. */
    public record Report(int votesAdded, int alreadyJudged, int malformed, int failedCalls, List<String> problems) {
    }

    public Report judgeRun(long runId, CancelToken cancel) {
        Run run = store.runs().get(runId).orElseThrow(() -> new IllegalArgumentException("no run with id " + runId));
        Map<Long, Prompt> prompts = new HashMap<>();
        for (Prompt p : store.promptSets().prompts(run.promptSetId())) {
            prompts.put(p.id(), p);
        }
        Map<Long, Map<Long, Completion>> byPrompt = new HashMap<>();
        for (Completion c : store.completions().forRun(runId, false)) {
            if (c.isOk()) {
                byPrompt.computeIfAbsent(c.cell().promptId(), k -> new HashMap<>())
                        .merge(c.cell().modelId(), c, (a, b) -> a.cell().repeat() <= b.cell().repeat() ? a : b);
            }
        }
        Set<List<Long>> judged = new HashSet<>();
        for (Vote v : store.votes().forRun(runId)) {
            if (v.judge() && v.voter().equals(judge.identity())) {
                judged.add(List.of(v.leftCompletionId(), v.rightCompletionId()));
            }
        }
        int added = 0;
        int skipped = 0;
        int malformed = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>();
        List<Long> models = run.modelIds();
        for (Prompt prompt : store.promptSets().prompts(run.promptSetId())) {
            Map<Long, Completion> answers = byPrompt.getOrDefault(prompt.id(), Map.of());
            for (int i = 0; i < models.size(); i++) {
                for (int j = i + 1; j < models.size(); j++) {
                    Completion a = answers.get(models.get(i));
                    Completion b = answers.get(models.get(j));
                    if (a == null || b == null) {
                        continue;
                    }
                    for (Completion[] order : List.of(new Completion[] {a, b}, new Completion[] {b, a})) {
                        if (cancel != null && cancel.isCancelled()) {
                            return new Report(added, skipped, malformed, failed, problems);
                        }
                        if (judged.contains(List.of(order[0].id(), order[1].id()))) {
                            skipped++;
                            continue;
                        }
                        Outcome o = compare(prompts.get(prompt.id()), order[0], order[1], cancel);
                        if (o.outcome() != null) {
                            store.votes().add(new Vote(0, runId, prompt.id(), order[0].id(), order[1].id(),
                                    order[0].cell().modelId(), order[1].cell().modelId(), o.outcome(),
                                    judge.identity(), true, clock.instant()));
                            added++;
                        } else {
                            String where = "prompt " + prompt.key() + ", completions " + order[0].id() + " vs "
                                    + order[1].id() + ": ";
                            if (o.callFailed()) {
                                failed++;
                            } else {
                                malformed++;
                            }
                            problems.add(where + o.problem());
                        }
                    }
                }
            }
        }
        return new Report(added, skipped, malformed, failed, problems);
    }

    private record Outcome(VoteOutcome outcome, String problem, boolean callFailed) {
    }

    private Outcome compare(Prompt prompt, Completion left, Completion right, CancelToken cancel) {
        String question = prompt.turns().get(prompt.turns().size() - 1).user();
        String rendered = judge.templates().renderPairwise(question, prompt.finalReference(),
                left.text() == null ? "" : left.text(), right.text() == null ? "" : right.text());
        Judge.Reply reply = judge.ask(rendered, cancel);
        if (!reply.isOk()) {
            return new Outcome(null, reply.failure(), true);
        }
        JudgeVerdicts.PairVerdict verdict = JudgeVerdicts.parsePair(reply.text());
        if (!verdict.isValid()) {
            return new Outcome(null, "malformed verdict: " + verdict.problem() + " | judge said: "
                    + JudgeScorer.excerpt(reply.text()), false);
        }
        return new Outcome(verdict.outcome(), null, false);
    }
}
