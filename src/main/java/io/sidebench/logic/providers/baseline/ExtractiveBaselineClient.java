package io.sidebench.logic.providers.baseline;

import io.sidebench.logic.providers.CancelToken;
import io.sidebench.logic.providers.ChatMessage;
import io.sidebench.logic.providers.ChatRequest;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.StreamListener;
import io.sidebench.model.Chunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A baseline, not a model: answers with the sentences of the prompt closest in meaning to the question
 * (the last sentence of the last user message, preferring one ending in a question mark). Candidates are
 * the other sentences of the user and system messages; earlier assistant answers are not used. A floor any
 * real model should beat; it needs no network and no model file.
 */
public final class ExtractiveBaselineClient implements ModelClient {
    private final TextEmbedder embedder;
    private final int sentences;

    /** @param sentences how many of the best sentences to return (in the prompt's order) */
    public ExtractiveBaselineClient(TextEmbedder embedder, int sentences) {
        if (sentences < 1) {
            throw new IllegalArgumentException("the extractive baseline returns at least one sentence");
        }
        this.embedder = embedder;
        this.sentences = sentences;
    }

    @Override
    public ModelResult complete(ChatRequest request, StreamListener listener, CancelToken cancel) {
        long sent = System.nanoTime();
        if (cancel.isCancelled()) {
            return ModelResult.failed(FailureKind.CANCELLED, "cancelled", "", List.of(), sent, 0, 0, null);
        }
        List<String> context = new ArrayList<>();
        String lastUser = "";
        for (ChatMessage message : request.messages()) {
            if (message.role() == ChatMessage.Role.USER) {
                context.addAll(SentenceSplitter.split(lastUser));
                lastUser = message.text();
            } else if (message.role() == ChatMessage.Role.SYSTEM) {
                context.addAll(SentenceSplitter.split(message.text()));
            }
        }
        List<String> own = SentenceSplitter.split(lastUser);
        if (own.isEmpty() && context.isEmpty()) {
            return ModelResult.failed(FailureKind.CLIENT_ERROR, "the prompt has no text to extract from", "",
                    List.of(), sent, 0, 0, null);
        }
        int questionAt = questionIndex(own);
        String question = questionAt >= 0 ? own.get(questionAt) : context.get(context.size() - 1);
        List<String> candidates = new ArrayList<>(context);
        for (int i = 0; i < own.size(); i++) {
            if (i != questionAt) {
                candidates.add(own.get(i));
            }
        }
        String answer = candidates.isEmpty() ? question : best(question, candidates);
        double atMs = (System.nanoTime() - sent) / 1e6;
        listener.onChunk(answer, false, atMs);
        return new ModelResult(answer, null, List.of(new Chunk(atMs, answer, false)), sent, atMs, null, null, null,
                null, 0, null);
    }

    private static int questionIndex(List<String> own) {
        for (int i = own.size() - 1; i >= 0; i--) {
            String s = own.get(i);
            if (s.endsWith("?") || s.endsWith("？")) {
                return i;
            }
        }
        return own.size() - 1;
    }

    private String best(String question, List<String> candidates) {
        List<String> all = new ArrayList<>(candidates.size() + 1);
        all.add(question);
        all.addAll(candidates);
        List<float[]> vectors = embedder.embed(all);
        float[] q = vectors.get(0);
        List<Integer> chosen = IntStream.range(0, candidates.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -cosine(q, vectors.get(i + 1)))
                        .thenComparingInt(i -> i))
                .limit(sentences)
                .sorted()
                .toList();
        return String.join(" ", chosen.stream().map(candidates::get).toList());
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
