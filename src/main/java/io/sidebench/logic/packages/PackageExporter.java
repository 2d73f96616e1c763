package io.sidebench.logic.packages;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Makes blind annotation packages from a run: the chosen prompts × models (successful answers only), one
 * package per annotator. A share {@code overlap} of the answers (chosen with the seed) goes into every
 * package, so agreement can be measured; the rest is dealt out in turn. In each package the order is
 * shuffled with the seed and model names are replaced by "Answer N"; pairs of answers to the same prompt
 * (left and right at random) are offered for votes.
 */
public final class PackageExporter {
    /**
     * @param promptKeys prompt keys to include, empty for all
     * @param modelNames model names to include, empty for all
     */
    public record Options(long runId, List<String> annotators, Set<String> promptKeys, Set<String> modelNames,
                          double overlap, long seed, boolean pairs) {
        public Options {
            annotators = List.copyOf(annotators);
            promptKeys = Set.copyOf(promptKeys);
            modelNames = Set.copyOf(modelNames);
            if (annotators.isEmpty()) {
                throw new IllegalArgumentException("name at least one annotator");
            }
            if (annotators.stream().distinct().count() != annotators.size()
                    || annotators.stream().anyMatch(a -> a == null || a.isBlank())) {
                throw new IllegalArgumentException("annotators need distinct, non-empty names");
            }
            if (!(overlap >= 0 && overlap <= 1)) {
                throw new IllegalArgumentException("the overlap is a share between 0 and 1, not " + overlap);
            }
        }
    }

    private final ProjectStore store;
    private final Clock clock;

    public PackageExporter(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private record Candidate(String id, Completion completion, ModelConfig model, Prompt prompt) {
    }

    public List<AnnotationPackage> export(Options o) {
        Run run = store.runs().get(o.runId()).orElseThrow(() -> new PackageException("no run with id " + o.runId()));
        Map<Long, ModelConfig> models = new HashMap<>();
        run.modelIds().forEach(id -> store.models().get(id).ifPresent(m -> models.put(id, m)));
        Map<Long, Prompt> prompts = new HashMap<>();
        store.promptSets().prompts(run.promptSetId()).forEach(p -> prompts.put(p.id(), p));
        for (String name : o.modelNames()) {
            if (models.values().stream().noneMatch(m -> m.name().equals(name))) {
                throw new PackageException("the run has no model named '" + name + "'");
            }
        }
        for (String key : o.promptKeys()) {
            if (prompts.values().stream().noneMatch(p -> key.equals(p.key()))) {
                throw new PackageException("the run's prompt set has no prompt '" + key + "'");
            }
        }
        String projectId = ProjectIdentity.ensure(store);
        List<Candidate> candidates = new ArrayList<>();
        for (Completion c : store.completions().forRun(run.id(), false)) {
            ModelConfig m = models.get(c.cell().modelId());
            Prompt p = prompts.get(c.cell().promptId());
            if (!c.isOk() || m == null || p == null || (!o.modelNames().isEmpty() && !o.modelNames().contains(m.name()))
                    || (!o.promptKeys().isEmpty() && !o.promptKeys().contains(p.key()))) {
                continue;
            }
            candidates.add(new Candidate(ItemKeys.item(projectId, run, m, p, c.cell().repeat()), c, m, p));
        }
        if (candidates.isEmpty()) {
            throw new PackageException("the run has no successful answers for those prompts and models");
        }
        candidates.sort(Comparator.comparing(Candidate::id));
        Random random = new Random(o.seed());
        Collections.shuffle(candidates, random);
        int n = o.annotators().size();
        int shared = n == 1 ? candidates.size() : (int) Math.round(o.overlap() * candidates.size());
        List<List<Candidate>> perPackage = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perPackage.add(new ArrayList<>(candidates.subList(0, shared)));
        }
        for (int i = shared; i < candidates.size(); i++) {
            perPackage.get((i - shared) % n).add(candidates.get(i));
        }
        String batch = new UUID(random.nextLong(), random.nextLong()).toString();
        List<AnnotationPackage> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<Candidate> mine = perPackage.get(k);
            Random order = new Random(o.seed() * 31 + k + 1);
            Collections.shuffle(mine, order);
            List<AnnotationPackage.Item> items = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                Candidate c = mine.get(i);
                List<String> answers = c.completion().turnAnswers().isEmpty() ? List.of(c.completion().text())
                        : c.completion().turnAnswers();
                items.add(new AnnotationPackage.Item(c.id(), "Answer " + (i + 1), c.prompt().category(),
                        c.prompt().system(), c.prompt().turns(), answers));
            }
            List<AnnotationPackage.Pair> pairs = o.pairs() ? pairs(projectId, mine, order) : List.of();
            out.add(new AnnotationPackage(AnnotationPackage.FORMAT, AnnotationPackage.VERSION,
                    new UUID(random.nextLong(), random.nextLong()).toString(), batch, projectId, store.meta().title(),
                    ItemKeys.runKey(run), o.annotators().get(k), o.seed(), o.overlap(), clock.instant().toString(),
                    store.meta().objectives().rubric(), items, pairs, List.of(), List.of()));
        }
        return out;
    }

    /** Every two answers of different models to the same prompt and repeat, sides at random. */
    private static List<AnnotationPackage.Pair> pairs(String projectId, List<Candidate> mine, Random random) {
        Map<String, List<Candidate>> byCell = new LinkedHashMap<>();
        for (Candidate c : mine) {
            byCell.computeIfAbsent(c.prompt().id() + "/" + c.completion().cell().repeat(), k -> new ArrayList<>()).add(c);
        }
        List<AnnotationPackage.Pair> out = new ArrayList<>();
        for (List<Candidate> group : byCell.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Candidate a = group.get(i);
                    Candidate b = group.get(j);
                    boolean swap = random.nextBoolean();
                    out.add(new AnnotationPackage.Pair(ItemKeys.pair(projectId, a.id(), b.id()),
                            swap ? b.id() : a.id(), swap ? a.id() : b.id()));
                }
            }
        }
        return out;
    }
}
