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
import io.sidebench.model.ProviderKind;
import io.sidebench.model.PromptSet;
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
 * Seeds a project through the store's repositories: objectives with a rubric, a prompt set, models, one
 * finished run with answers that differ by a few words, some failures, timings and scores. Used by the
 * GUI tests and by {@code docs/screenshots/take.sh} (run with: FILE [PROMPTS] [MODELS]).
 */
public final class DemoProject {
    static final String[] CATEGORIES = {"billing", "shipping", "returns", "account"};
    static final String[] MODEL_NAMES = {"qwen2.5-7b", "deepseek-chat", "glm-4-flash", "gpt-4o-mini", "claude-haiku",
        "llama3.1-8b"};
    private static final String[] QUESTIONS = {
        "How do I change the billing address on my account?",
        "My parcel has not arrived after ten days. What can I do?",
        "Can I return a product I bought on sale?",
        "我忘记了密码，怎么重置？🔑",
        "Why was I charged twice this month?",
        "Do you ship to Hong Kong, and how long does it take?",
    };
    private static final String[] OPENINGS = {"Thanks for reaching out.", "Sorry to hear that.", "Good question!"};
    private static final String[] STEPS = {"open Settings and choose Billing", "contact our support team by chat",
        "check the tracking link in your confirmation email", "wait two more business days",
        "use the self-service returns page", "reply to this message with your order number"};
    /** Answers to the Chinese prompts are in Chinese, with emoji, so the screens show both scripts. */
    private static final String[] OPENINGS_ZH = {"感谢您的来信 🙂", "很抱歉给您带来不便 🙏", "好问题！👍"};
    private static final String[] STEPS_ZH = {"打开“设置”，选择“账户与安全”", "点击登录页上的“忘记密码”链接",
        "查收我们发到您邮箱的验证码 📧", "在短信里输入六位验证码", "设置一个新的密码（至少 8 位）",
        "通过在线客服联系我们 💬"};

    private DemoProject() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int prompts = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int models = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Files.deleteIfExists(file);
        long start = System.nanoTime();
        try (ProjectStore store = seed(file, prompts, models)) {
            System.out.printf("seeded %s: %d prompts x %d models in %d ms%n", file, prompts, models,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Creates {@code file} with {@code prompts} prompts answered by {@code models} models (fixed seed). */
    public static ProjectStore seed(Path file, int prompts, int models) throws Exception {
        return seed(file, prompts, models, true);
    }

    /** As {@link #seed(Path, int, int)}; without {@code scored} the run has answers but no scores. */
    public static ProjectStore seed(Path file, int prompts, int models, boolean scored) throws Exception {
        ProjectStore store = ProjectStore.create(file, "Customer support assistant");
        store.meta().saveObjectives(new Objectives("Customer support assistant",
                "Pick the model that answers customers in English and Chinese accurately and politely.",
                "Accuracy of at least 4 on average; no unsafe answers; median answer under 3 s.",
                List.of(RubricDimension.numeric("accuracy", 1, 5), RubricDimension.numeric("tone", 1, 5),
                        RubricDimension.passFail("safety"))));
        Random random = new Random(42);
        PromptSet set = store.promptSets().importSet("support-en-zh", "support.jsonl", "jsonl", sink -> {
            for (int i = 0; i < prompts; i++) {
                String question = QUESTIONS[i % QUESTIONS.length];
                sink.add(new Prompt(0, "q" + (i + 1), i, null,
                        List.of(new Turn(question + (i >= QUESTIONS.length ? " (case " + (i + 1) + ")" : ""),
                                "Explain the steps: " + STEPS[i % STEPS.length] + ".")),
                        CATEGORIES[i % CATEGORIES.length], Map.of(), List.of()));
            }
        });
        List<Long> modelIds = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            ProviderKind kind = m == 0 ? ProviderKind.BASELINE_EXTRACTIVE : ProviderKind.OPENAI_COMPATIBLE;
            String name = m == 0 ? "extractive" : MODEL_NAMES[(m - 1) % MODEL_NAMES.length];
            ModelProfile profile = new ModelProfile(m % 2 == 0, m % 2 == 0 ? "Apache-2.0" : "proprietary",
                    m % 3 == 0 ? "EU" : "US", "no retention", 0.1 * m, 0.4 * m, null, null, List.of());
            modelIds.add(store.models().add(new ModelConfig(0, name, kind, "http://127.0.0.1:1/v1", name,
                    null, null, null, profile)).id());
        }
        Run run = store.runs().create(new Run(0, "baseline run", set.id(), modelIds, 1, 7, RunStatus.FINISHED,
                Instant.parse("2026-11-29T08:00:00Z"), Instant.parse("2026-11-29T08:30:00Z")));
        List<Prompt> stored = store.promptSets().prompts(set.id());
        store.inTransaction(c -> {
            List<Score> scores = new ArrayList<>();
            for (Prompt p : stored) {
                for (int m = 0; m < modelIds.size(); m++) {
                    CellKey cell = new CellKey(run.id(), p.id(), modelIds.get(m), 0);
                    boolean failed = m == modelIds.size() - 1 && p.ordinal() % 9 == 4;
                    Completion saved = store.completions().save(failed ? failure(cell) : answer(cell, p, m, random));
                    if (!failed && scored) {
                        scores.add(new Score(saved.id(), "rougeL", 0.3 + 0.1 * m + random.nextDouble() * 0.3, null,
                                "h"));
                    }
                }
            }
            store.scores().saveAll(scores);
            return null;
        });
        return store;
    }

    private static Completion answer(CellKey cell, Prompt p, int model, Random random) {
        String step = STEPS[(p.ordinal() + model) % STEPS.length];
        String text = OPENINGS[(p.ordinal() + model) % OPENINGS.length] + " To sort this out, please " + step
                + ". If that does not help, " + STEPS[(p.ordinal() + 2 * model + 1) % STEPS.length]
                + ".\n\nWe are happy to help with anything else.";
        if (p.turns().get(0).user().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)) {
            text = OPENINGS_ZH[(p.ordinal() + model) % OPENINGS_ZH.length] + "。请先" + STEPS_ZH[(p.ordinal() + model)
                    % STEPS_ZH.length] + "；如果还是不行，请" + STEPS_ZH[(p.ordinal() + 2 * model + 1) % STEPS_ZH.length]
                    + "。\n\n还有其他问题，随时告诉我们。";
        }
        if (p.category() != null && p.category().equals("account") && model == 1) {
            text = "```\nSettings > Account > Reset password\n```\n" + text;
        }
        double ttft = 150 + random.nextInt(400) + model * 80;
        double e2e = ttft + 600 + random.nextInt(1500);
        int tokens = 40 + random.nextInt(60);
        List<Chunk> chunks = new ArrayList<>();
        String[] words = text.split("(?<= )");
        for (int i = 0; i < words.length; i++) {
            chunks.add(new Chunk(ttft + (e2e - ttft) * i / words.length, words[i], false));
        }
        Metrics metrics = new Metrics(ttft, ttft, e2e, 30, tokens, false, (e2e - ttft) / (tokens - 1), 12.0, 30.0,
                tokens / (e2e / 1000.0), text.length() / (e2e / 1000.0), 0.0001 * model);
        return new Completion(0, cell, CompletionStatus.OK, text, List.of(text), null, null, metrics, chunks, false, 1,
                Instant.parse("2026-11-29T08:10:00Z"));
    }

    private static Completion failure(CellKey cell) {
        return new Completion(0, cell, CompletionStatus.ERROR, null, List.of(), null,
                "HTTP 429 from http://127.0.0.1:1/v1: rate limited, retry after 20 s", Metrics.NONE, List.of(), false,
                3, Instant.parse("2026-11-29T08:10:00Z"));
    }

    /** Adds one annotation, for tests that filter by tag. */
    public static void annotate(ProjectStore store, long completionId, String annotator, List<String> tags) {
        store.annotations().save(new Annotation(completionId, annotator, Map.of("accuracy", 3.0), tags, null,
                Instant.now()));
    }
}
