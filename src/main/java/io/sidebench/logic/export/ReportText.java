package io.sidebench.logic.export;

import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.Risk;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wording and number formats shared by the HTML, PDF and Markdown reports. */
final class ReportText {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** How much of one answer the HTML and PDF reports show (the full text is in CSV/JSONL/XLSX). */
    static final int HTML_ANSWER_LIMIT = 20_000;
    static final int PDF_ANSWER_LIMIT = 3_000;
    static final List<String> LEVELS = List.of("high", "medium", "low");

    private ReportText() {
    }

    static String generated(Report report) {
        return "Generated " + WHEN.format(report.generatedAt()) + " by Sidebench";
    }

    static String runLine(Report report) {
        return report.runLabel() + " · prompt set “" + report.promptSetName() + "” (" + report.promptCount()
                + " prompts) · " + report.models().size() + " models · " + report.run().repeats() + " repeat"
                + (report.run().repeats() == 1 ? "" : "s") + " · " + report.rowCount() + " answers, "
                + (report.rowCount() - report.okCount()) + " failed";
    }

    /** "Speeds: models ran concurrently on a shared endpoint." (empty when not known). */
    static String speedLine(Report report) {
        if (report.speedNote() == null || report.speedNote().isBlank()) {
            return "";
        }
        String note = report.speedNote();
        return "Speeds: " + note + (note.endsWith(".") ? "" : ".");
    }

    /** One sentence naming the leading real model, or saying there are no scores yet. */
    static String headline(Report report) {
        if (report.primaryScore() == null) {
            return "No scores yet: the leaderboard shows speed only.";
        }
        return report.leaderboard().stream().filter(r -> !r.baseline() && !r.score(report.primaryScore()).isEmpty())
                .findFirst()
                .map(r -> "Leading model by " + report.primaryScore() + ": " + r.model() + " with "
                        + r.score(report.primaryScore()).format(3) + " (mean, 95 % confidence interval).")
                .orElse("Only baselines have scores so far.");
    }

    static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "–";
    }

    static String money(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "$%.2f", v);
    }

    static String text(String v) {
        return v == null || v.isBlank() ? "–" : v;
    }

    static String yesNo(Boolean v) {
        return v == null ? "–" : v ? "yes" : "no";
    }

    /** Profile rows: label then one value per model. */
    static List<List<String>> profileRows(List<ModelConfig> models) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Open weights", models, p -> yesNo(p.openWeights())));
        rows.add(row("Licence", models, p -> text(p.licence())));
        rows.add(row("Jurisdiction", models, p -> text(p.jurisdiction())));
        rows.add(row("Data handling", models, p -> text(p.dataHandling())));
        rows.add(row("Price in / out (USD per M tokens)", models, p -> p.pricePerMillionInput() == null ? "–"
                : num(p.pricePerMillionInput(), 2) + " / " + num(p.pricePerMillionOutput() == null ? Double.NaN
                : p.pricePerMillionOutput(), 2)));
        rows.add(row("Flexibility", models, p -> text(p.flexibility())));
        rows.add(row("Community support", models, p -> text(p.community())));
        return rows;
    }

    private static List<String> row(String label, List<ModelConfig> models,
                                    java.util.function.Function<ModelProfile, String> value) {
        List<String> row = new ArrayList<>();
        row.add(label);
        models.forEach(m -> row.add(value.apply(m.profile())));
        return row;
    }

    record ModelRisk(String model, Risk risk) {
    }

    static List<ModelRisk> risks(List<ModelConfig> models) {
        List<ModelRisk> out = new ArrayList<>();
        for (ModelConfig m : models) {
            m.profile().risks().forEach(r -> out.add(new ModelRisk(m.displayName(), r)));
        }
        return out;
    }

    /** "high", "medium", "low" or "other" for a free-text impact or likelihood. */
    static String level(String value) {
        if (value == null) {
            return "other";
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("h") || v.startsWith("severe") || v.startsWith("critical")) {
            return "high";
        }
        if (v.startsWith("m")) {
            return "medium";
        }
        if (v.startsWith("l")) {
            return "low";
        }
        return "other";
    }
}
