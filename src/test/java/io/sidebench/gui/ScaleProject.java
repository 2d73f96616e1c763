package io.sidebench.gui;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.Objectives;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a project of realistic scale for the grid benchmarks: PROMPTS prompts x MODELS models (default
 * 25,000 x 4 = 100,000 completions), answers of about 600 characters streamed in word chunks (stored with
 * their timings, as a real run stores them), two scores per answer, about 2 % failures and about 2 %
 * annotated answers with tags. Fixed seed. Run with: FILE [PROMPTS] [MODELS].
 */
public final class ScaleProject {
    private static final String[] SENTENCES = {
        "Thanks for contacting us about your order.",
        "I have checked the account and can see the payment went through on the first attempt.",
        "Please open Settings, choose Billing and confirm the address shown there is the current one.",
        "If the parcel has not moved for five business days, the carrier treats it as delayed.",
        "You can start a return from the order page within thirty days of delivery.",
        "Items bought on sale can be returned as long as they are unused and in their original packaging.",
        "We refund to the original payment method, which usually takes three to five business days.",
        "For security reasons we cannot change the e-mail address without a confirmation code.",
        "您可以在设置页面中重置密码，系统会向您的邮箱发送验证码。",
        "If you were charged twice, the second charge is normally a pending authorisation that disappears.",
        "Our support team is available by chat every day from eight in the morning to eight in the evening.",
        "Shipping to Hong Kong takes four to seven business days with tracking included.",
        "Reply to this message with your order number and we will look into it right away.",
        "I am sorry for the inconvenience this has caused you.",
    };

    private ScaleProject() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int prompts = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        int models = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        seed(file, prompts, models).close();
        System.out.printf("seeded %s: %d prompts x %d models in %d ms, %d MB%n", file, prompts, models,
                (System.nanoTime() - start) / 1_000_000, Files.size(file) >> 20);
    }

    /** Creates {@code file} with {@code prompts} x {@code models} completions (fixed seed 7). */
    public static ProjectStore seed(Path file, int prompts, int models) throws Exception {
        ProjectStore store = ProjectStore.create(file, "Support assistant at scale");
        store.meta().saveObjectives(new Objectives("Support assistant at scale", "Pick the best support model.",
                "Accuracy of at least 4 on average.", List.of(RubricDimension.numeric("accuracy", 1, 5),
                        RubricDimension.passFail("safety"))));
        Random random = new Random(7);
        PromptSet set = store.promptSets().importSet("support-large", "support.jsonl", "jsonl", sink -> {
            for (int i = 0; i < prompts; i++) {
                String question = "Case " + (i + 1) + ": " + SENTENCES[i % SENTENCES.length]
                        + " What should the customer do next, and how long will it take?";
                sink.add(new Prompt(0, "case-" + (i + 1), i, null, List.of(new Turn(question,
                        SENTENCES[(i * 7) % SENTENCES.length])), DemoProject.CATEGORIES[i % 4], Map.of(), List.of()));
            }
        });
        List<Long> modelIds = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            String name = DemoProject.MODEL_NAMES[m % DemoProject.MODEL_NAMES.length] + (m >= 6 ? "-" + m : "");
            ModelProfile profile = new ModelProfile(m % 2 == 0, "Apache-2.0", "EU", "no retention", 0.1, 0.4, null,
                    null, List.of());
            modelIds.add(store.models().add(new ModelConfig(0, name, ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1/v1", name, null, null, null, profile)).id());
        }
        Run run = store.runs().create(new Run(0, "scale run", set.id(), modelIds, 1, 7, RunStatus.FINISHED,
                Instant.parse("2026-11-29T08:00:00Z"), Instant.parse("2026-11-29T12:00:00Z")));
        List<Prompt> stored = store.promptSets().prompts(set.id());
        for (int from = 0; from < stored.size(); from += 2_000) {
            List<Prompt> part = stored.subList(from, Math.min(stored.size(), from + 2_000));
            store.inTransaction(c -> {
                writeAnswers(store, run.id(), part, modelIds, random);
                return null;
            });
        }
        return store;
    }

    private static void writeAnswers(ProjectStore store, long runId, List<Prompt> prompts, List<Long> modelIds,
                                     Random random) {
        List<Score> scores = new ArrayList<>();
        for (Prompt p : prompts) {
            for (int m = 0; m < modelIds.size(); m++) {
                CellKey cell = new CellKey(runId, p.id(), modelIds.get(m), 0);
                if (random.nextInt(50) == 0) {
                    store.completions().save(new Completion(0, cell, CompletionStatus.ERROR, null, List.of(), null,
                            "HTTP 503 from http://127.0.0.1:1/v1: service unavailable", Metrics.NONE, List.of(),
                            false, 3, Instant.parse("2026-11-29T09:00:00Z")));
                    continue;
                }
                Completion saved = store.completions().save(answer(cell, random));
                scores.add(new Score(saved.id(), "rougeL", random.nextDouble(), null, "h"));
                scores.add(new Score(saved.id(), "length", (double) saved.text().length(), null, "h"));
                if (random.nextInt(50) == 0) {
                    store.annotations().save(new Annotation(saved.id(), "analyst", Map.of("accuracy",
                            (double) (1 + random.nextInt(5))), List.of(random.nextBoolean() ? "too long" : "wrong"),
                            null, Instant.parse("2026-11-29T13:00:00Z")));
                }
            }
        }
        store.scores().saveAll(scores);
    }

    private static Completion answer(CellKey cell, Random random) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 520 + random.nextInt(160)) {
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(8) == 0 ? "\n\n" : " ");
        }
        String answer = text.toString().strip();
        double ttft = 150 + random.nextInt(600);
        double e2e = ttft + 1500 + random.nextInt(4000);
        List<Chunk> chunks = new ArrayList<>();
        String[] words = answer.split("(?<= )");
        for (int i = 0; i < words.length; i++) {
            chunks.add(new Chunk(ttft + (e2e - ttft) * i / words.length, words[i], false));
        }
        int tokens = answer.length() / 4;
        Metrics metrics = new Metrics(ttft, ttft, e2e, 40, tokens, false, (e2e - ttft) / (tokens - 1), 15.0, 40.0,
                tokens / (e2e / 1000.0), answer.length() / (e2e / 1000.0), 0.0002);
        return new Completion(0, cell, CompletionStatus.OK, answer, List.of(answer), null, null, metrics, chunks,
                false, 1, Instant.parse("2026-11-29T09:00:00Z"));
    }
}
