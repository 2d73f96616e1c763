package io.sidebench.cli;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.factory.DefaultModelClientFactory;
import io.sidebench.logic.scoring.EmbeddingModels;
import io.sidebench.logic.scoring.JudgeTemplates;
import io.sidebench.logic.scoring.PairwiseJudgeService;
import io.sidebench.logic.scoring.ScoringJob;
import io.sidebench.logic.scoring.ScoringService;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.util.Json;
import io.sidebench.model.Assertion;
import io.sidebench.model.Run;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a run's completions and store the scores. Completions whose inputs have not "
                + "changed since they were scored are skipped.",
            "Scorers: rougeL, chrf, bleu, embedding, relevance, length, refusal, checks, judge:MODEL "
                + "(a configured model grades each answer 1-10)."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Option(names = "--run", paramLabel = "R", description = "the run's id or name (default: the latest run)")
    String run;

    @Option(names = "--scorers", split = ",", paramLabel = "LIST",
            description = "comma-separated scorers (default: all offline ones: ${DEFAULT-VALUE})",
            defaultValue = "rougeL,chrf,bleu,embedding,relevance,length,refusal,checks")
    List<String> scorers = new ArrayList<>();

    @Option(names = "--pairwise", paramLabel = "MODEL",
            description = "also let MODEL compare every pair of answers, both orders; stored as judge votes")
    String pairwiseJudge;

    @Option(names = "--check", paramLabel = "TYPE:VALUE",
            description = "a check for every prompt, e.g. contains:Paris, regex:^\\d+$, is-json: (repeatable)")
    List<String> checks = new ArrayList<>();

    @Option(names = "--rubrics", paramLabel = "DIR",
            description = "folder with single.txt / pairwise.txt replacing the judge's rubric templates")
    Path rubrics;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScoringJob.Request request = new ScoringJob.Request(scorers, parseChecks(checks), pairwiseJudge,
                JudgeTemplates.load(rubrics));
        DefaultModelClientFactory[] factory = {null};
        try (ProjectStore store = ProjectStores.open(project)) {
            Run target = RunArgs.resolve(store, run);
            ScoringJob job = new ScoringJob(store, () -> {
                if (factory[0] == null) {
                    factory[0] = DefaultModelClientFactory.standard();
                }
                return factory[0];
            }, EmbeddingModels.offline(), Clock.systemUTC());
            ScoringJob.Result result = job.run(target.id(), request, progress(), CancelToken.none());
            if (json) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("run", target.id());
                report.put("scores", result.scores());
                if (result.pairwise() != null) {
                    report.put("pairwise", result.pairwise());
                }
                out.println(Json.pretty(report));
            } else {
                print(out, target, result.scores(), result.pairwise());
            }
        } finally {
            if (factory[0] != null) {
                factory[0].close();
            }
        }
        return 0;
    }

    private void print(PrintWriter out, Run target, ScoringService.Report scored, PairwiseJudgeService.Report pairwise) {
        out.printf("Scored %s%s%n", RunArgs.describe(target),
                scored.failedCompletions() > 0 ? " (" + scored.failedCompletions() + " failed completions not scored)" : "");
        out.printf("  %-22s %9s %10s %14s %12s%n", "scorer", "computed", "unchanged", "without value", "retry later");
        scored.perScorer().forEach((id, c) -> out.printf("  %-22s %9d %10d %14d %12d%n", id, c.computed(), c.unchanged(),
                c.withoutValue(), c.transientFailures()));
        scored.transientProblems().stream().limit(5).forEach(p -> out.println("  ! " + p));
        if (pairwise != null) {
            out.printf("Pairwise judge %s: %d votes added, %d already judged, %d malformed verdicts, %d failed calls%n",
                    pairwiseJudge, pairwise.votesAdded(), pairwise.alreadyJudged(), pairwise.malformed(),
                    pairwise.failedCalls());
            pairwise.problems().stream().limit(5).forEach(p -> out.println("  ! " + p));
        }
    }

    /** A progress line on stderr, redrawn at most twice a second, only on an interactive terminal. */
    private ScoringService.Progress progress() {
        if (System.console() == null) {
            return ScoringService.Progress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        long[] last = {0};
        return (done, total) -> {
            long now = System.nanoTime();
            if (done == total || now - last[0] > 500_000_000L) {
                last[0] = now;
                err.print("\rscoring " + done + "/" + total + (done == total ? "\n" : ""));
                err.flush();
            }
        };
    }

    static List<Assertion> parseChecks(List<String> specs) {
        List<Assertion> out = new ArrayList<>();
        for (String s : specs) {
            int colon = s.indexOf(':');
            String type = (colon < 0 ? s : s.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
            String value = colon < 0 ? null : s.substring(colon + 1);
            if (!List.of("equals", "contains", "icontains", "regex", "is-json").contains(type)) {
                throw new CliException("--check " + s + ": unknown check type '" + type
                        + "' (equals, contains, icontains, regex, is-json)");
            }
            out.add(new Assertion(type, value == null || value.isEmpty() ? null : value, null));
        }
        return out;
    }
}
