package io.sidebench.logic.scoring;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Assertion;
import io.sidebench.model.ModelConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One scoring pass over a run as the user asked for it: the named scorers (including {@code judge:MODEL}),
 * optionally set-wide checks, and optionally a pairwise judge. Judges are models of the project, turned into
 * clients only when a judge is asked for, and closed at the end. Used by the CLI's {@code score} and by the
 * analyse screen.
 */
public final class ScoringJob {
    /**
     * What to compute.
     *
     * @param scorers       scorer names as {@link ScorerCatalog} knows them
     * @param checks        checks for every prompt (added to each prompt's own); empty for none
     * @param pairwiseJudge the model that compares every pair of answers, or null
     */
    public record Request(List<String> scorers, List<Assertion> checks, String pairwiseJudge, JudgeTemplates templates) {
        public Request {
            scorers = List.copyOf(scorers);
            checks = checks == null ? List.of() : List.copyOf(checks);
            templates = templates == null ? JudgeTemplates.defaults() : templates;
        }

        public boolean needsModels() {
            return pairwiseJudge != null || scorers.stream().anyMatch(s -> s.strip().startsWith("judge:"));
        }
    }

    /** What happened: the scores, and the pairwise judging when asked for (else null). */
    public record Result(ScoringService.Report scores, PairwiseJudgeService.Report pairwise) {
    }

    private final ProjectStore store;
    private final Supplier<ModelClientFactory> clients;
    private final EmbeddingModels embeddings;
    private final Clock clock;

    /** @param clients asked for only when a judge is needed (creating one may start provider machinery) */
    public ScoringJob(ProjectStore store, Supplier<ModelClientFactory> clients, EmbeddingModels embeddings,
                      Clock clock) {
        this.store = store;
        this.clients = clients;
        this.embeddings = embeddings;
        this.clock = clock;
    }

    /**
     * Scores the run; a judge model that is not in the project, or whose client cannot be made, is refused
     * before anything is scored.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public Result run(long runId, Request request, ScoringService.Progress progress, CancelToken cancel) {
        List<ModelClient> opened = new ArrayList<>();
        try {
            ScorerCatalog catalog = new ScorerCatalog(embeddings, name -> judge(name, request.templates(), opened));
            List<Scorer> scorers = new ArrayList<>();
            for (Scorer s : catalog.create(request.scorers())) {
                scorers.add(s.id().equals(ChecksScorer.ID) && !request.checks().isEmpty()
                        ? new ChecksScorer(request.checks()) : s);
            }
            Judge pairJudge = request.pairwiseJudge() == null ? null
                    : judge(request.pairwiseJudge(), request.templates(), opened);
            ScoringService.Report scores = new ScoringService(store).scoreRun(runId, scorers, progress, cancel);
            PairwiseJudgeService.Report pairwise = pairJudge == null || cancel.isCancelled() ? null
                    : new PairwiseJudgeService(store, pairJudge, clock).judgeRun(runId, cancel);
            return new Result(scores, pairwise);
        } finally {
            opened.forEach(ModelClient::close);
        }
    }

    private Judge judge(String name, JudgeTemplates templates, List<ModelClient> opened) {
        ModelConfig config = store.models().find(name).orElseThrow(() -> new IllegalArgumentException(
                store.location() + ": no model named '" + name + "' to act as judge (see `models`)"));
        if (config.isBaseline()) {
            throw new IllegalArgumentException(store.location() + ": '" + name + "' is a baseline and cannot judge");
        }
        ModelClient client = clients.get().create(config);
        opened.add(client);
        return new Judge(name, client, config.params(), templates);
    }
}
