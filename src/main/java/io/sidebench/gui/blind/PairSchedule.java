package io.sidebench.gui.blind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The order of blind comparisons: prompts shuffled by a seed; for each prompt, two of its successful
 * answers from different models that this voter has not compared yet, put left and right at random.
 * The same seed and inputs always give the same schedule.
 */
public final class PairSchedule {
    /** One successful answer: which model wrote it, and its completion id. */
    public record Answer(long modelId, long completionId) {
    }

    /** One blind comparison, in display order. */
    public record Pair(long promptId, Answer left, Answer right) {
    }

    private PairSchedule() {
    }

    /**
     * @param answers    successful answers per prompt (prompt order is the iteration order of the map)
     * @param alreadyVoted unordered model pairs per prompt this voter has judged, as {@link #key} strings
     */
    public static List<Pair> build(Map<Long, List<Answer>> answers, Set<String> alreadyVoted, long seed) {
        Random random = new Random(seed);
        List<Long> prompts = new ArrayList<>(answers.keySet());
        Collections.shuffle(prompts, random);
        List<Pair> out = new ArrayList<>();
        for (long promptId : prompts) {
            List<Answer> list = distinctModels(answers.get(promptId));
            List<Answer[]> open = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (!alreadyVoted.contains(key(promptId, list.get(i).modelId(), list.get(j).modelId()))) {
                        open.add(new Answer[] {list.get(i), list.get(j)});
                    }
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            Answer[] chosen = open.get(random.nextInt(open.size()));
            boolean swap = random.nextBoolean();
            out.add(new Pair(promptId, swap ? chosen[1] : chosen[0], swap ? chosen[0] : chosen[1]));
        }
        return out;
    }

    private static List<Answer> distinctModels(List<Answer> answers) {
        List<Answer> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Answer a : answers) {
            if (seen.add(a.modelId())) {
                out.add(a);
            }
        }
        out.sort((x, y) -> Long.compare(x.modelId(), y.modelId()));
        return out;
    }

    /** The key of an unordered model pair on a prompt. */
    public static String key(long promptId, long modelA, long modelB) {
        return promptId + ":" + Math.min(modelA, modelB) + ":" + Math.max(modelA, modelB);
    }
}
