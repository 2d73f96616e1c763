package io.sidebench.logic.store;

import io.sidebench.model.CellKey;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random completions of every shape the run engine makes and some it does not: ASCII, CJK and emoji
 * text, reasoning (multi-turn reasoning ends with the last turn's), errors with partial or no text, no chunks,
 * chunk text that is not the answer (a cache or a test), and chunk times in whole milliseconds, as
 * {@code nanoTime / 1e6}, or any double.
 */
public final class VariedCompletions {
    private static final String[] ALPHABETS = {
        "the quick brown fox jumps over a lazy dog, ",
        "你好世界，这是一个测试。模型的回答很长。",
        "👋🎉🙂🚀 ok ",
        "mixed 日本語 テキスト and émoji 🧪 — «quotes» \"json\" \\ back\tslash\n",
    };

    private VariedCompletions() {
    }

    /**
     * One completion of a cell with {@code turns} turns. With {@code splitSurrogates}, chunk boundaries may fall
     * between the two halves of an emoji (version 1 could not store such chunks; version 2 can).
     */
    public static Completion next(Random r, CellKey cell, int turns, boolean splitSurrogates) {
        String alphabet = ALPHABETS[r.nextInt(ALPHABETS.length)];
        List<String> answers = new ArrayList<>();
        for (int t = 0; t < turns - 1; t++) {
            answers.add(text(r, alphabet, 5 + r.nextInt(60)));
        }
        String last = text(r, alphabet, r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(400));
        boolean withReasoning = r.nextInt(4) == 0;
        String lastReasoning = withReasoning ? text(r, ALPHABETS[r.nextInt(ALPHABETS.length)], 1 + r.nextInt(120)) : "";
        String reasoning = !withReasoning ? null
                : turns > 1 && r.nextBoolean() ? "earlier turn's thinking\n\n" + lastReasoning : lastReasoning;
        int shape = r.nextInt(10);
        List<Chunk> chunks = new ArrayList<>();
        int timeKind = r.nextInt(3);
        double at = 50 + r.nextInt(500);
        if (shape != 0) { // shape 0: no chunks at all
            for (String piece : pieces(r, lastReasoning, splitSurrogates)) {
                at = next(r, at, timeKind);
                chunks.add(new Chunk(at, piece, true));
            }
            List<String> answerPieces = shape == 1 ? List.of("w0 ", "w1 ", "w2 ") : pieces(r, last, splitSurrogates);
            for (String piece : answerPieces) {
                at = next(r, at, timeKind);
                chunks.add(new Chunk(at, piece, false));
            }
        }
        boolean error = r.nextInt(5) == 0;
        Metrics metrics = r.nextInt(6) == 0 ? Metrics.NONE : new Metrics(at / 4, at / 3, at, 10 + r.nextInt(500),
                r.nextBoolean() ? null : r.nextInt(2000), r.nextBoolean(), r.nextDouble() * 40, 12.5, 30.25,
                r.nextDouble() * 100, r.nextDouble() * 400, r.nextBoolean() ? null : r.nextDouble() / 100);
        Instant finished = Instant.parse("2026-11-01T10:00:00Z").plusNanos(r.nextLong(1_000_000_000_000L));
        if (error) {
            String partial = shape == 2 ? null : last;
            if (partial != null && !partial.isEmpty()) {
                answers.add(partial);
            }
            return new Completion(0, cell, CompletionStatus.ERROR, partial, answers, reasoning,
                    "turn " + turns + " of " + turns + ": HTTP 500: «boom» 💥", metrics, chunks, false,
                    1 + r.nextInt(3), finished);
        }
        answers.add(last);
        return new Completion(0, cell, CompletionStatus.OK, last, answers, reasoning, null, metrics, chunks,
                r.nextInt(10) == 0, 1, finished);
    }

    private static String text(Random r, String alphabet, int codePoints) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            out.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return out.toString();
    }

    /** {@code s} cut into pieces of 1 to 12 chars, as a stream delivers it. */
    static List<String> pieces(Random r, String s, boolean splitSurrogates) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int to = Math.min(s.length(), from + 1 + r.nextInt(12));
            if (!splitSurrogates && to < s.length() && Character.isLowSurrogate(s.charAt(to))) {
                to++;
            }
            out.add(s.substring(from, to));
            from = to;
        }
        return out;
    }

    private static double next(Random r, double at, int kind) {
        return switch (kind) {
            case 0 -> Math.floor(at) + 1 + r.nextInt(80); // whole milliseconds
            case 1 -> (long) (at * 1e6 + 1 + r.nextInt(80_000_000)) / 1e6; // System.nanoTime() differences
            default -> at + r.nextDouble() * 80; // any double
        };
    }
}
