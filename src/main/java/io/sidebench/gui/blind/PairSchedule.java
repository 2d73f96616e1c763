package io.sidebench.gui.blind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan of blind comparisons of a run: every pair of models on every prompt both answered successfully,
 * seeded, and ordered in rounds so that any prefix is balanced: round r holds each pair of models once (on
 * different prompts where possible), so after k rounds every pair has been shown k times. Each pair's
 * prompts follow one shuffled prompt order, rotated per pair; each pair's sides alternate, so a pair is shown
 * left/right equally often (to within one). The same seed and inputs always give the same plan.
 */
public final class PairSchedule {
    /** One successful answer: which model wrote it, and its completion id. */
    public record Answer(long modelId, long completionId) {
    }

    /** One blind comparison, in display order. */
    public record Pair(long promptId, Answer left, Answer right) {
        /** The key of this comparison's unordered model pair on its prompt (see {@link PairSchedule#key}). */
        public String key() {
            return PairSchedule.key(promptId, left.modelId(), right.modelId());
        }
    }

    private PairSchedule() {
    }

    /**
     * The whole plan.
     *
     * @param answers successful answers per prompt (prompt order is the iteration order of the map)
     */
    public static List<Pair> plan(Map<Long, List<Answer>> answers, long seed) {
        Random random = new Random(seed);
        Map<Long, Map<Long, Answer>> byPrompt = new HashMap<>();
        TreeSet<Long> models = new TreeSet<>();
        for (Map.Entry<Long, List<Answer>> e : answers.entrySet()) {
            Map<Long, Answer> first = new HashMap<>();
            for (Answer a : e.getValue()) {
                first.putIfAbsent(a.modelId(), a);
                models.add(a.modelId());
            }
            byPrompt.put(e.getKey(), first);
        }
        List<Long> order = new ArrayList<>(answers.keySet());
        Collections.shuffle(order, random);
        List<Long> ids = new ArrayList<>(models);
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                pairs.add(new long[] {ids.get(i), ids.get(j)});
            }
        }
        if (pairs.isEmpty() || order.isEmpty()) {
            return List.of();
        }
        int step = Math.max(1, order.size() / pairs.size());
        List<List<Long>> promptsOfPair = new ArrayList<>();
        int[] sideOffset = new int[pairs.size()];
        int rounds = 0;
        for (int p = 0; p < pairs.size(); p++) {
            long a = pairs.get(p)[0];
            long b = pairs.get(p)[1];
            List<Long> list = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                long prompt = order.get((k + p * step) % order.size());
                Map<Long, Answer> got = byPrompt.get(prompt);
                if (got.containsKey(a) && got.containsKey(b)) {
                    list.add(prompt);
                }
            }
            promptsOfPair.add(list);
            sideOffset[p] = random.nextInt(2);
            rounds = Math.max(rounds, list.size());
        }
        List<Pair> out = new ArrayList<>();
        List<Integer> pairOrder = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            pairOrder.add(p);
        }
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(pairOrder, random);
            for (int p : pairOrder) {
                List<Long> list = promptsOfPair.get(p);
                if (r >= list.size()) {
                    continue;
                }
                long prompt = list.get(r);
                Answer low = byPrompt.get(prompt).get(pairs.get(p)[0]);
                Answer high = byPrompt.get(prompt).get(pairs.get(p)[1]);
                boolean lowLeft = (r + sideOffset[p]) % 2 == 0;
                out.add(lowLeft ? new Pair(prompt, low, high) : new Pair(prompt, high, low));
            }
        }
        return out;
    }

    /**
     * The plan without the comparisons this voter has judged.
     *
     * @param alreadyVoted unordered model pairs per prompt this voter has judged, as {@link #key} strings
     */
    public static List<Pair> build(Map<Long, List<Answer>> answers, Set<String> alreadyVoted, long seed) {
        return plan(answers, seed).stream().filter(p -> !alreadyVoted.contains(p.key())).toList();
    }

    /** The key of an unordered model pair on a prompt. */
    public static String key(long promptId, long modelA, long modelB) {
        return promptId + ":" + Math.min(modelA, modelB) + ":" + Math.max(modelA, modelB);
    }
}
