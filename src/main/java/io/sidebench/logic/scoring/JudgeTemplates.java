package io.sidebench.logic.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judge's rubric templates: {@code single.txt} (grade one answer 1-10) and {@code pairwise.txt}
 * (compare answers A and B). The defaults ship in {@code judge/} on the class path; a folder holding
 * files of the same names overrides them one by one. Placeholders: {@code {{question}}},
 * {@code {{reference}}}, {@code {{answer}}}, {@code {{answer_a}}}, {@code {{answer_b}}}. They are filled
 * in one pass, so an answer that itself contains "{{answer_b}}" is shown as written.
 */
public record JudgeTemplates(String single, String pairwise) {
    public static final String SINGLE_FILE = "single.txt";
    public static final String PAIRWISE_FILE = "pairwise.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
    static final String NO_REFERENCE = "(no reference answer)";

    /** The bundled templates. */
    public static JudgeTemplates defaults() {
        return new JudgeTemplates(resource(SINGLE_FILE), resource(PAIRWISE_FILE));
    }

    /** The bundled templates, replaced by {@code folder/single.txt} and {@code folder/pairwise.txt} when present. */
    public static JudgeTemplates load(Path folder) {
        JudgeTemplates defaults = defaults();
        if (folder == null) {
            return defaults;
        }
        return new JudgeTemplates(fileOr(folder.resolve(SINGLE_FILE), defaults.single()),
                fileOr(folder.resolve(PAIRWISE_FILE), defaults.pairwise()));
    }

    public String renderSingle(String question, String reference, String answer) {
        return render(single, Map.of("question", question, "reference", orNone(reference), "answer", answer));
    }

    public String renderPairwise(String question, String reference, String answerA, String answerB) {
        return render(pairwise, Map.of("question", question, "reference", orNone(reference), "answer_a", answerA,
                "answer_b", answerB));
    }

    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String orNone(String reference) {
        return reference == null || reference.isBlank() ? NO_REFERENCE : reference;
    }

    private static String fileOr(Path file, String fallback) {
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the judge template: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = JudgeTemplates.class.getResourceAsStream("/judge/" + name)) {
            if (in == null) {
                throw new IllegalStateException("judge template judge/" + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read judge template " + name, e);
        }
    }
}
