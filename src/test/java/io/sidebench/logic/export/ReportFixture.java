package io.sidebench.logic.export;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import io.sidebench.model.Metrics;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.Objectives;
import io.sidebench.model.Prompt;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Risk;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Run;
import io.sidebench.model.RunStatus;
import io.sidebench.model.Score;
import io.sidebench.model.Turn;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small support-desk project (English and Chinese) whose answers include hostile text: script
 * tags, event handlers, spreadsheet formulas, NUL bytes, a 1 MB answer, and a model whose name is
 * markup. Deterministic (fixed seed).
 */
final class ReportFixture {
    static final String SCRIPT = "<script>document.title='pwned'</script>";
    static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
    static final String FORMULA = "=HYPERLINK(\"http://attacker.invalid\",\"click\")";
    static final String CHINESE = "您好！退款将在三个工作日内退回您的原支付账户。";
    static final String HOSTILE_MODEL = "<img src=x onerror=alert(1)>";
    static final int BIG = 1_000_000;

    private ReportFixture() {
    }

    static Path create(Path file) throws Exception {
        try (ProjectStore store = ProjectStore.create(file, "Support desk: English & 中文")) {
            store.meta().saveObjectives(new Objectives("Support desk: English & 中文",
                    "Pick a model that answers customers correctly and politely in English and Chinese.",
                    "Accuracy ≥ 4 of 5 on 90 % of answers; no invented policies.",
                    List.of(RubricDimension.numeric("accuracy", 1, 5), RubricDimension.numeric("tone", 1, 5))));
            var set = store.promptSets().importSet("support", "support.jsonl", "jsonl", sink -> {
                sink.add(new Prompt(0, "refund-zh", 0, null, List.of(new Turn("我的退款什么时候到账？", CHINESE)),
                        "退款", Map.of(), List.of()));
                sink.add(new Prompt(0, "password", 1, null, List.of(new Turn("How do I reset my password?",
                        "Click 'Forgot password' on the sign-in page and follow the emailed link.")), "account",
                        Map.of(), List.of()));
                sink.add(new Prompt(0, "shipping", 2, null, List.of(new Turn("Where is my parcel? " + SCRIPT,
                        "Share the tracking link and the expected delivery date.")), "shipping", Map.of(), List.of()));
                sink.add(new Prompt(0, "invoice", 3, null, List.of(new Turn("Can I get an invoice?",
                        "Yes: Billing > Invoices lets you download a PDF for every payment.")), "billing",
                        Map.of(), List.of()));
                sink.add(new Prompt(0, "multi", 4, "Be brief.", List.of(new Turn("Hi", "Hello!"),
                        new Turn("Cancel my plan", "Settings > Plan > Cancel; it stays active until the period ends.")),
                        "account", Map.of(), List.of()));
            });
            List<Prompt> prompts = store.promptSets().prompts(set.id());
            ModelConfig qwen = store.models().add(new ModelConfig(0, "qwen2.5-7b", ProviderKind.OLLAMA,
                    "http://127.0.0.1:11434", "qwen2.5:7b", null, null, ModelParams.DEFAULTS, new ModelProfile(true,
                    "Apache-2.0", "China (Alibaba)", "Runs locally; no data leaves the machine", 0.0, 0.0,
                    "Fine-tunable, quantised builds", "Large", List.of(new Risk("Quality", "Weaker on long policy "
                    + "questions", "medium", "medium", "Route long questions to a larger model")))));
            ModelConfig deepseek = store.models().add(new ModelConfig(0, "deepseek-chat",
                    ProviderKind.OPENAI_COMPATIBLE, "https://api.deepseek.invalid/v1", "deepseek-chat",
                    "DEEPSEEK_API_KEY", null, ModelParams.DEFAULTS, new ModelProfile(true, "MIT (weights)",
                    "China", "API: prompts stored in China; self-hosting possible", 0.27, 1.10, "Open weights",
                    "Large", List.of(new Risk("Data residency", "Customer messages processed abroad " + IMG, "high",
                    "high", "Self-host or anonymise"), new Risk("Availability", "Rate limits at peak", "medium",
                    "low", "Fallback model")))));
            ModelConfig hostile = store.models().add(new ModelConfig(0, HOSTILE_MODEL, ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1/v1", "x", null, null, ModelParams.DEFAULTS, ModelProfile.EMPTY
                    .withPrices(2.5, 10.0)));
            ModelConfig reference = store.models().add(new ModelConfig(0, "reference", ProviderKind.BASELINE_REFERENCE,
                    null, null, null, null, ModelParams.DEFAULTS, null));
            List<ModelConfig> models = List.of(qwen, deepseek, hostile, reference);
            Run run = store.runs().create(new Run(0, "baseline run", set.id(),
                    models.stream().map(ModelConfig::id).toList(), 1, 7, RunStatus.FINISHED, Instant.parse(
                    "2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:05:00Z")));
            Random random = new Random(42);
            List<Completion> saved = new ArrayList<>();
            String[][] answers = {
                {"退款一般在3个工作日内到账。", "您好！退款将在三个工作日内退回原支付账户。" + SCRIPT, IMG + "退款", CHINESE},
                {FORMULA, "Use 'Forgot password' on the sign-in page.", "+1+2 reset it", null},
                {"-2+3 " + IMG, "a\u0000b\u0001c " + SCRIPT, "@SUM(A1:A9)", null},
                {"\tTab first", "\rCarriage return first", "x".repeat(BIG) + "尾", null},
                {"Settings > Plan > Cancel.", "Go to Settings, then Plan, then Cancel.", "]]></pre><svg onload=alert(1)>", null},
            };
            for (int p = 0; p < prompts.size(); p++) {
                for (int m = 0; m < models.size(); m++) {
                    String text = m == 3 ? prompts.get(p).finalReference() : answers[p][m];
                    boolean failed = p == 4 && m == 2;
                    double ttft = m == 3 ? 1 : 200 + 300 * m + 120 * random.nextGaussian() * 0.3 + 40 * p;
                    double e2e = ttft + (m == 3 ? 1 : 800 + 900 * m + 200 * random.nextDouble());
                    int out = Math.min(2000, text.length() / 3 + 5);
                    Metrics metrics = new Metrics(ttft, ttft + 5, e2e, 40, out, false,
                            (e2e - ttft) / Math.max(1, out - 1), 20.0, 45.0, out / (e2e / 1000), text.length() / (e2e / 1000),
                            models.get(m).profile().cost(40, out));
                    CellKey cell = new CellKey(run.id(), prompts.get(p).id(), models.get(m).id(), 0);
                    saved.add(store.completions().save(new Completion(0, cell,
                            failed ? CompletionStatus.ERROR : CompletionStatus.OK, failed ? "" : text,
                            List.of(failed ? "" : text), null, failed ? "HTTP 500 " + SCRIPT : null, failed ? Metrics.NONE
                            : metrics, List.of(), false, 1, Instant.parse("2026-11-01T10:01:00Z"))));
                }
            }
            List<Score> scores = new ArrayList<>();
            for (Completion c : saved) {
                int m = models.stream().map(ModelConfig::id).toList().indexOf(c.cell().modelId());
                double base = m == 3 ? 1.0 : 0.35 + 0.15 * m + 0.1 * random.nextDouble();
                scores.add(new Score(c.id(), "rougeL", Math.min(1, base), null, "h"));
                scores.add(new Score(c.id(), "chrf", Math.min(1, base * 0.9 + 0.05), null, "h"));
            }
            store.scores().saveAll(scores);
            Completion first = saved.get(1);
            store.annotations().save(new Annotation(first.id(), "alice", Map.of("accuracy", 5.0, "tone", 4.0),
                    List.of("polite"), "Correct and kind. " + SCRIPT, null));
            store.annotations().save(new Annotation(first.id(), "bob", Map.of("accuracy", 2.0, "tone", 4.0),
                    List.of("=cmd|' /C calc'!A0"), "Misses the bank-holiday caveat", null));
            store.annotations().save(new Annotation(saved.get(5).id(), "alice", Map.of("accuracy", 4.0),
                    List.of(), "用中文回答得很好", null));
            for (Prompt prompt : prompts) {
                long left = saved.stream().filter(c -> c.cell().promptId() == prompt.id()
                        && c.cell().modelId() == qwen.id()).findFirst().orElseThrow().id();
                long right = saved.stream().filter(c -> c.cell().promptId() == prompt.id()
                        && c.cell().modelId() == deepseek.id()).findFirst().orElseThrow().id();
                store.votes().add(new Vote(0, run.id(), prompt.id(), left, right, qwen.id(), deepseek.id(),
                        prompt.ordinal() % 3 == 0 ? VoteOutcome.LEFT : VoteOutcome.RIGHT, "alice", false, null));
            }
        }
        return file;
    }
}
