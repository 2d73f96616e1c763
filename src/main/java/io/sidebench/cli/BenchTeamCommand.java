package io.sidebench.cli;

import io.sidebench.logic.store.GridRepository.CellLine;
import io.sidebench.logic.store.GridRepository.PromptLine;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-team", mixinStandardHelpOptions = true,
        description = {"Measure a team project: fill a new one with a run of N answers, then print annotation writes "
                + "per second with many annotators at once, and the time for the Compare grid's reads (row index, "
                + "first page, score floors and tags, then every cell) of all N answers.",
            "Figures on a shared machine are indicative only. The team project is left in place."})
final class BenchTeamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "a team project that does not exist yet")
    String url;

    @Option(names = "--completions", defaultValue = "100000", description = "answers in the run (default: ${DEFAULT-VALUE})")
    int completions;

    @Option(names = "--models", defaultValue = "4", description = "models (default: ${DEFAULT-VALUE})")
    int models;

    @Option(names = "--annotators", defaultValue = "20", description = "annotator sessions at once (default: ${DEFAULT-VALUE})")
    int annotators;

    @Option(names = "--writes", defaultValue = "200", description = "annotations each annotator writes (default: ${DEFAULT-VALUE})")
    int writes;

    private static final int PAGE = 60;
    private static final int PREVIEW = 240;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int prompts = Math.max(1, completions / models);
        long t0 = System.nanoTime();
        long runId;
        long setId;
        try (ProjectStore store = ProjectStores.create(url, "bench-team")) {
            PromptSet set = store.promptSets().importSet("bench", "bench", "bench", sink -> {
                for (int i = 0; i < prompts; i++) {
                    sink.add(Prompt.single("p" + i, "Question " + i + ": explain the refund policy for order " + i, null));
                }
            });
            setId = set.id();
            List<Long> modelIds = new ArrayList<>();
            for (int m = 0; m < models; m++) {
                modelIds.add(store.models().add(new ModelConfig(0, "m" + m, ProviderKind.OPENAI_COMPATIBLE,
                        "http://127.0.0.1:1/v1", "m" + m, null, null, null, null)).id());
            }
            Run run = store.runs().create(new Run(0, "bench", setId, modelIds, 1, 1, RunStatus.FINISHED, Instant.now(), null));
            runId = run.id();
            List<Prompt> all = store.promptSets().prompts(setId);
            String answer = "x".repeat(500) + " 答案 ";
            for (int from = 0; from < all.size(); from += 250) {
                List<Prompt> part = all.subList(from, Math.min(all.size(), from + 250));
                store.inTransaction(c -> {
                    for (Prompt p : part) {
                        for (long m : modelIds) {
                            store.completions().save(new Completion(0, new CellKey(runId, p.id(), m, 0),
                                    CompletionStatus.OK, answer + p.id(), List.of(answer + p.id()), null, null,
                                    new Metrics(100.0, 100.0, 900.0, 20, 120, false, 10.0, 9.0, 20.0, 40.0, 200.0, null),
                                    List.of(), false, 1, null));
                        }
                    }
                    return null;
                });
            }
        }
        out.printf("generate        %d answers in %.1f s%n", prompts * models, secs(t0));
        out.flush();

        List<Long> ids;
        try (ProjectStore store = ProjectStores.open(url)) {
            ids = new ArrayList<>(store.completions().cells(runId).keySet());
        }
        ExecutorService pool = Executors.newFixedThreadPool(annotators);
        List<Future<Integer>> done = new ArrayList<>();
        long t1 = System.nanoTime();
        for (int k = 0; k < annotators; k++) {
            String name = "annotator-" + k;
            Random r = new Random(k);
            done.add(pool.submit(() -> {
                try (ProjectStore session = ProjectStores.open(url)) {
                    for (int i = 0; i < writes; i++) {
                        session.annotations().save(new Annotation(ids.get(r.nextInt(ids.size())), name,
                                Map.of("accuracy", (double) (1 + r.nextInt(5))), List.of(), null, null));
                    }
                }
                return writes;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        pool.shutdown();
        double writeSecs = secs(t1);
        out.printf("annotations     %d writes by %d annotators at once in %.2f s: %.0f writes/s%n", total, annotators,
                writeSecs, total / writeSecs);

        long t2 = System.nanoTime();
        try (ProjectStore store = ProjectStores.open(url)) {
            List<PromptLine> lines = store.grid().promptLines(setId, PREVIEW);
            List<Long> promptIds = lines.stream().map(PromptLine::promptId).toList();
            List<CellLine> first = store.grid().cellLines(runId, 0, promptIds.subList(0, Math.min(PAGE, promptIds.size())), PREVIEW);
            store.grid().scoreFloors(runId);
            store.grid().tagLines(runId);
            out.printf("compare grid    first page (%d rows, %d cells, index of %d rows) in %.2f s%n",
                    Math.min(PAGE, promptIds.size()), first.size(), lines.size(), secs(t2));
            long t3 = System.nanoTime();
            int cells = 0;
            for (int from = 0; from < promptIds.size(); from += 500) {
                cells += store.grid().cellLines(runId, 0, promptIds.subList(from, Math.min(promptIds.size(), from + 500)),
                        PREVIEW).size();
            }
            out.printf("compare grid    every cell (%d) scrolled through in %.2f s%n", cells, secs(t3));
        }
        return 0;
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
